import {expect} from '@open-wc/testing';
import {circlePath, clusterRadius, countLabel, countPath} from '../../src/layout/cluster-paths.js';
import {strokesOf as strokes} from './fixtures.js';

function box(points: number[][]) {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return {left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys)};
}

describe('countLabel', () => {
  it('writes counts below a thousand in full and thousands as k', () => {
    expect(countLabel(2)).to.equal('2');
    expect(countLabel(999)).to.equal('999');
    expect(countLabel(1000)).to.equal('1k');
    expect(countLabel(12_499)).to.equal('12k');
    expect(countLabel(12_500)).to.equal('13k');
  });
});

describe('countPath', () => {
  it('draws every digit and k as a distinct shape inside a box 0.73 advances wide and 1.1 tall', () => {
    const shapes = new Set<string>();
    for (const char of '0123456789k') {
      const d = countPath(char, 0, 0, 11);
      expect(d, char).to.match(/^M/);
      shapes.add(d);
      const {left, right, top, bottom} = box(strokes(d).flat());
      // A grid of 4 × 6 units, 5.5 units to the advance, drawn at 0.8 of its width.
      expect(left, char).to.be.at.least(-3.2 - 1e-9);
      expect(right, char).to.be.at.most(3.2 + 1e-9);
      expect(top, char).to.be.at.least(-6);
      expect(bottom, char).to.be.at.most(6);
    }
    expect(shapes.size).to.equal(11);
  });

  it('centres a count on its point, one advance between glyph centres', () => {
    const one = box(strokes(countPath('0', 0, 0, 10)).flat());
    const two = strokes(countPath('00', 50, 20, 10));
    expect(two).to.have.length(2);
    const [a, b] = two.map(box);
    // Each "0" is the lone one moved by half an advance either side of (50, 20).
    expect(a.left).to.be.closeTo(one.left + 45, 0.11);
    expect(b.left).to.be.closeTo(one.left + 55, 0.11);
    expect(a.top).to.be.closeTo(one.top + 20, 0.11);
    expect((a.left + b.right) / 2).to.be.closeTo(50, 0.11);
  });

  it('draws the same digit the same way wherever it stands', () => {
    const glyphs = strokes(countPath('828', 100, 0, 10));
    // "8" is two strokes and "2" one: strokes 0–1 and 3–4 are the eights, two advances apart.
    expect(glyphs).to.have.length(5);
    const eightA = glyphs.slice(0, 2);
    const eightB = glyphs.slice(3, 5);
    eightA.forEach((points, s) =>
      points.forEach(([x, y], p) => {
        expect(eightB[s][p][0] - x).to.be.closeTo(20, 0.11);
        expect(eightB[s][p][1]).to.be.closeTo(y, 1e-9);
      }),
    );
  });

  it('skips characters it has no glyph for', () => {
    expect(countPath('<b>', 0, 0, 10)).to.equal('');
    expect(countPath('1x', 0, 0, 10)).to.equal(countPath('1 ', 0, 0, 10));
  });
});

describe('clusterRadius and circlePath', () => {
  it('grows a cluster with its count up to 10.5 px', () => {
    expect(clusterRadius(2)).to.equal(7.8);
    expect(clusterRadius(16)).to.equal(10.2);
    expect(clusterRadius(100_000)).to.equal(10.5);
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
