/** Helpers for testing pages that use security-timeline, and for generating example feeds. */
export {TimelineHarness} from './harness.js';
export type {DrawnBand, DrawnCluster, DrawnMarker} from './harness.js';
export {syntheticFeed} from './synthetic-feed.js';
export type {SyntheticFeedOptions} from './synthetic-feed.js';
