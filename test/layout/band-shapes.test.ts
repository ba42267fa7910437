import {expect} from '@open-wc/testing';
import {bandPaths, roundedRectPath, type BandBox} from '../../src/layout/band-shapes.js';
import {bandAt} from '../../src/layout/band-hits.js';
import {alertMarkPaths} from '../../src/layout/overview-frame.js';

/** Whether path data `d` fills the point, as the browser draws it (in a drawn SVG: a detached path has no geometry). */
function fills(d: string, x: number, y: number): boolean {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  svg.append(path);
  document.body.append(svg);
  try {
    return path.isPointInFill(new DOMPoint(x, y));
  } finally {
    svg.remove();
  }
}

describe('roundedRectPath', () => {
  it('fills the rectangle but its rounded corners', () => {
    const d = roundedRectPath(10, 20, 100, 15, 3);
    expect(fills(d, 60, 27)).to.equal(true);
    expect(fills(d, 10.5, 27), 'the left edge, between the corners').to.equal(true);
    expect(fills(d, 10.3, 20.3), 'the very corner is cut').to.equal(false);
    expect(fills(d, 13, 23), 'inside the corner’s arc').to.equal(true);
    expect(fills(d, 109.5, 34.5)).to.equal(false);
    expect(fills(d, 111, 27)).to.equal(false);
  });

  it('rounds a stripe narrower than two corners by half its width, and draws plain rectangles at radius 0', () => {
    const narrow = roundedRectPath(10, 20, 2, 15, 3);
    expect(fills(narrow, 11, 27)).to.equal(true);
    expect(fills(narrow, 12.5, 27)).to.equal(false);
    const plain = roundedRectPath(0, 0, 10, 10, 0);
    expect(plain).to.equal('M0,0h10v10h-10v-10z');
    expect(fills(plain, 0.1, 0.1)).to.equal(true);
  });
});

describe('bandPaths and bandAt', () => {
  const boxes: BandBox[] = [
    {x0: 0, x1: 100, stripeTop: 2, stripeHeight: 15, fills: [[40, 44]]},
    {x0: 50, x1: 150, stripeTop: 20, stripeHeight: 15, fills: [[40, 88]]},
  ];

  it('draws a band’s stripe and each of its fills', () => {
    const {fills: fillData, stripe} = bandPaths(boxes[1]);
    expect(fills(stripe, 100, 27)).to.equal(true);
    expect(fills(fillData, 100, 120)).to.equal(true);
    expect(fills(fillData, 100, 27), 'the fills are not the stripe').to.equal(false);
  });

  it('finds the band under a point: the one drawn last where they overlap, none between them', () => {
    expect(bandAt(boxes, 10, 10)).to.equal(0);
    expect(bandAt(boxes, 120, 25)).to.equal(1);
    expect(bandAt(boxes, 75, 50), 'both fills hold it: the later is on top').to.equal(1);
    expect(bandAt(boxes, 25, 100), 'below the first fill, outside the second').to.equal(-1);
    expect(bandAt(boxes, 10, 18), 'between the stripes').to.equal(-1);
    expect(bandAt(boxes, 160, 50)).to.equal(-1);
  });
});

describe('alertMarkPaths', () => {
  const scale = {x: (time: number) => time / 10};
  const alert = (start: number, end: number, rank: number, color: string) => ({start, end, level: {rank}, color});

  it('writes one path per colour, a mark per window at least a pixel wide, higher levels last', () => {
    const alerts = [alert(0, 100, 3, 'red'), alert(200, 205, 1, 'olive'), alert(500, 700, 3, 'red')];
    const paths = alertMarkPaths(alerts, (each) => each.color, scale as never);
    expect(paths.map((path) => path.color)).to.deep.equal(['olive', 'red']);
    expect(paths[1].d.split('M').length - 1).to.equal(2);
    expect(fills(paths[1].d, 5, 2)).to.equal(true);
    expect(fills(paths[1].d, 60, 2)).to.equal(true);
    expect(fills(paths[1].d, 30, 2)).to.equal(false);
    expect(fills(paths[0].d, 20.5, 2), 'a window of half a pixel is drawn a pixel wide').to.equal(true);
  });
});
