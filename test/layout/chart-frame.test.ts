import {expect} from '@open-wc/testing';
import {
  AXIS_HEIGHT,
  chartRows,
  laneCentre,
  MAX_STRIPE_AREA,
  MIN_CHART_WIDTH,
  MIN_STRIPE_PITCH,
  PLOT_PADDING,
  plotEdges,
  sameZoomLevel,
  STRIPE_HEIGHT,
} from '../../src/layout/chart-frame.js';

describe('plotEdges', () => {
  it('leaves only padding around the plot when there are no lane labels', () => {
    expect(plotEdges(1000, false, false)).to.deep.equal({width: 1000, left: PLOT_PADDING, right: 1000 - PLOT_PADDING, gutter: 0});
  });

  it('puts the lane labels before the plot: on the left, or on the right in right-to-left text', () => {
    const ltr = plotEdges(600, true, false);
    const rtl = plotEdges(600, true, true);
    expect(ltr.gutter).to.equal(132);
    expect([ltr.left, ltr.right]).to.deep.equal([132 + PLOT_PADDING, 600 - PLOT_PADDING]);
    expect([rtl.left, rtl.right]).to.deep.equal([PLOT_PADDING, 600 - 132 - PLOT_PADDING]);
  });

  it('gives labels at most 180 px, and never draws narrower than the minimum width', () => {
    expect(plotEdges(4000, true, false).gutter).to.equal(180);
    expect(plotEdges(100, false, false).width).to.equal(MIN_CHART_WIDTH);
  });
});

describe('chartRows', () => {
  it('stacks the alert stripes, the lanes and the axis', () => {
    const rows = chartRows(2, 3, 40);
    expect(rows.lanesTop).to.equal(2 * STRIPE_HEIGHT + 6);
    expect(rows.height).to.equal(rows.lanesTop + 120 + AXIS_HEIGHT);
    expect(laneCentre(rows, 1)).to.equal(rows.lanesTop + 60);
  });

  it('puts a band for the label at the top of each lane when labels are inside the lanes, and the markers under it', () => {
    const rows = chartRows(1, 3, 40, 14);
    expect(rows.laneHeight).to.equal(54);
    expect(rows.height).to.equal(rows.lanesTop + 3 * 54 + AXIS_HEIGHT);
    // Lane 1 runs from 54 to 108 below the first lane's top; its markers centre on what its band leaves.
    expect(laneCentre(rows, 1)).to.equal(rows.lanesTop + 54 + 14 + 20);
  });

  it('draws stripe rows thinner when they would take more than their share, so that they never push the lanes far down', () => {
    expect(chartRows(6, 1, 40, 0, MAX_STRIPE_AREA).stripePitch).to.equal(STRIPE_HEIGHT);
    expect(chartRows(6, 1, 40, 0, MAX_STRIPE_AREA).lanesTop).to.equal(6 * STRIPE_HEIGHT + 6);
    // A few windows in view keep full height, with their labels, however many rows they need.
    expect(chartRows(12, 1, 40).stripePitch).to.equal(STRIPE_HEIGHT);
    // Seven to twenty-one rows share the height of six.
    for (const rowCount of [7, 12, 19, 21]) {
      const rows = chartRows(rowCount, 1, 40, 0, MAX_STRIPE_AREA);
      expect(rows.stripePitch, `${rowCount} rows`).to.be.below(STRIPE_HEIGHT);
      expect(rows.lanesTop - 6, `${rowCount} rows`).to.be.at.most(MAX_STRIPE_AREA);
      expect(rows.lanesTop, `${rowCount} rows`).to.equal(rowCount * rows.stripePitch + 6);
    }
    // A wider chart allows the rows more room.
    expect(chartRows(12, 1, 40, 0, 240).stripePitch).to.equal(STRIPE_HEIGHT);
    expect(chartRows(19, 1, 40, 0, 240).stripePitch).to.equal(12);
    // Past that, every row keeps its thinnest pitch and the stripes take more room, rather than vanish.
    expect(chartRows(40, 1, 40, 0, MAX_STRIPE_AREA).stripePitch).to.equal(MIN_STRIPE_PITCH);
    expect(chartRows(40, 1, 40, 0, MAX_STRIPE_AREA).lanesTop).to.equal(40 * MIN_STRIPE_PITCH + 6);
  });

  it('keeps a row for stripes when there are no alerts, so the chart does not jump when one arrives', () => {
    expect(chartRows(0, 1, 40).lanesTop).to.equal(chartRows(1, 1, 40).lanesTop);
  });
});

describe('sameZoomLevel', () => {
  it('takes a scale a millisecond of span away as the same level, and a zoom step as another', () => {
    const msPerPx = (30 * 86_400_000) / 1000;
    expect(sameZoomLevel(msPerPx * (1 + 1e-9), msPerPx)).to.equal(true);
    expect(sameZoomLevel(msPerPx * 2, msPerPx)).to.equal(false);
  });
});
