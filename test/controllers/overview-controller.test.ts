/** The overview's controller: the first time the strip is drawn, its bars follow in a task of their own. */
import {expect} from '@open-wc/testing';
import {OverviewController} from '../../src/controllers/overview-controller.js';
import type {ViewController} from '../../src/controllers/view-controller.js';
import {validateFeed} from '../../src/feed/validate.js';
import {overviewBins} from '../../src/model/overview-bins.js';
import {buildTimelineModel, timelineFilters} from '../../src/model/timeline-model.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';

/** A host that counts the updates asked of it. */
function countingHost() {
  const host = {updates: 0, addController() {}, removeController() {}, requestUpdate: () => host.updates++, updateComplete: Promise.resolve(true)};
  return host;
}

const task = () => new Promise((resolve) => setTimeout(resolve));

describe('OverviewController.binsOf', () => {
  const feed = validateFeed(syntheticFeed({incidents: 2000, seed: 3})).feed!;
  const bindings = {scale: () => null, bounds: () => null};

  it('draws the first strip without its bars, counts them in the next task and asks for a redraw, then gives them at once', async () => {
    const model = buildTimelineModel(feed, timelineFilters({groupBy: 'location', maxLanes: 20}));
    const host = countingHost();
    const controller = new OverviewController(host, {} as ViewController, bindings);
    const options = {widthPx: 900, weight: 'count' as const};
    expect(controller.binsOf(model, options), 'the first frame').to.equal(undefined);
    // Drawn again before the task came: still one redraw asked for.
    expect(controller.binsOf(model, options)).to.equal(undefined);
    await task();
    expect(host.updates).to.equal(1);
    const bins = controller.binsOf(model, options)!;
    expect(bins.bins.reduce((sum, bin) => sum + bin.total, 0)).to.equal(model.incidents.length);
    // Another model (a filter changed), another width: counted at once, with no frame without bars.
    const confirmed = buildTimelineModel(feed, timelineFilters({groupBy: 'location', maxLanes: 20, statuses: 'confirmed'}));
    expect(controller.binsOf(confirmed, {...options, widthPx: 700})).to.not.equal(undefined);
    await task();
    expect(host.updates).to.equal(1);
  });

  it('gives bins counted already at once, even the first time', () => {
    const model = buildTimelineModel(feed, timelineFilters({groupBy: 'none', maxLanes: 20}));
    const options = {widthPx: 640, weight: 'count' as const};
    const counted = overviewBins(model, options);
    const controller = new OverviewController(countingHost(), {} as ViewController, bindings);
    expect(controller.binsOf(model, options)).to.equal(counted);
  });
});
