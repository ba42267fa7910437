import {expect} from '@open-wc/testing';
import {addCountGlyphs, circlePath, clusterRadius, clusterRadiusByDeaths, ringArcs, spanPath} from '../../src/layout/cluster-paths.js';

describe('addCountGlyphs', () => {
  it('centres a count on its point, one slot per glyph, in the order it is written', () => {
    const glyphs = {text: '', xs: [] as number[], ys: [] as number[]};
    addCountGlyphs(glyphs, '10,000', 100, 20, 6);
    addCountGlyphs(glyphs, '۱۲', 200, 20, 6);
    expect(glyphs.text).to.equal('10,000۱۲');
    expect(glyphs.xs).to.deep.equal([85, 91, 97, 103, 109, 115, 197, 203]);
    expect(glyphs.ys).to.deep.equal([20, 20, 20, 20, 20, 20, 20, 20]);
  });
});

describe('ringArcs', () => {
  const none = {confirmed: 0, reported: 0, expected: 0, denied: 0};
  it('draws the whole ring in the one status a cluster has, and nothing in the others', () => {
    const arcs = ringArcs(50, 50, 10, {...none, reported: 7});
    expect(arcs.reported).to.equal(circlePath(50, 50, 10));
    expect(arcs.confirmed + arcs.expected + arcs.denied).to.equal('');
  });

  it('splits the ring clockwise from the top by the share of each status', () => {
    const arcs = ringArcs(0, 0, 10, {...none, confirmed: 1, expected: 3});
    // A quarter for confirmed: from the top (0, -10) to the right (10, 0); the rest, the long way, back to the top.
    expect(arcs.confirmed).to.equal('M0,-10A10,10 0 0 1 10,0');
    expect(arcs.expected).to.equal('M10,0A10,10 0 1 1 0,-10');
    expect(arcs.reported + arcs.denied).to.equal('');
  });
});

describe('spanPath', () => {
  it('draws a line between the two times with a cap at each end, whichever way time runs', () => {
    expect(spanPath(40, 10, 20)).to.equal('M10,16v8M40,16v8M10,20H40');
  });
});

describe('clusterRadius and circlePath', () => {
  it('makes every cluster a target of at least 24 px, growing with its count up to 21 px', () => {
    expect(clusterRadius(2)).to.equal(12);
    expect(clusterRadius(100)).to.equal(15.2);
    expect(clusterRadius(1000)).to.be.greaterThan(clusterRadius(100));
    expect(clusterRadius(100_000)).to.equal(21);
    expect(clusterRadiusByDeaths(0)).to.equal(12);
    expect(clusterRadiusByDeaths(999)).to.be.greaterThan(clusterRadiusByDeaths(9));
    expect(clusterRadiusByDeaths(1e9)).to.equal(21);
  });

  it('draws a full circle of the radius around the centre', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', circlePath(120.04, 30, 8.5));
    svg.append(path);
    document.body.append(svg);
    const box = path.getBBox();
    svg.remove();
    expect(box.x).to.be.closeTo(111.5, 0.06);
    expect(box.width).to.be.closeTo(17, 0.06);
    expect(box.y).to.be.closeTo(21.5, 0.06);
    expect(box.height).to.be.closeTo(17, 0.06);
  });
});
