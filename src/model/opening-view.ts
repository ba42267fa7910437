/**
 * The window a feed opens on when neither the page (`start`/`end`) nor the feed (`view`) says.
 * A chart of four years shown whole squeezes the autumn the story is about into a few pixels,
 * so a long feed opens on its most recent period of activity instead:
 *
 * - a feed covering at most {@link WHOLE_FEED_MAX_DAYS} days opens whole;
 * - else, on the last alert window in force around its latest incident (begun by 30 days after
 *   it, not ended a year before it), with half its length before it and a quarter after, at least
 *   {@link MIN_OPENING_DAYS} days in all; an alert "until further notice" counts up to 90 days
 *   past the latest incident;
 * - else, on the year up to its latest incident.
 *
 * Activity is incidents: a feed of alerts alone takes the start of its last alert as its latest.
 * The rule reads the whole feed, not the filtered model, so a filter never moves the opening view.
 * Pure, no DOM.
 */
import type {Feed} from '../feed/types.js';
import type {TimelineModel} from './timeline-model.js';

const DAY_MS = 86_400_000;
export const WHOLE_FEED_MAX_DAYS = 400;
export const MIN_OPENING_DAYS = 60;
const RECENT_DAYS = 365;

const openingOf = new WeakMap<Feed, [number, number]>();

export function openingView(model: TimelineModel): [number, number] {
  const known = openingOf.get(model.feed);
  if (known) return known;
  const opening = computeOpening(model);
  openingOf.set(model.feed, opening);
  return opening;
}

function computeOpening({feed, extent, bounds}: TimelineModel): [number, number] {
  const [first, last] = extent;
  if (last - first <= WHOLE_FEED_MAX_DAYS * DAY_MS) return bounds;
  const {incidents, alerts} = feed;
  if (!incidents.length && !alerts.length) return bounds;
  const latest = incidents.length ? incidents[incidents.length - 1].time.best : Math.max(...alerts.map((alert) => alert.start));
  let lastAlert: (typeof alerts)[number] | undefined;
  for (const alert of alerts) {
    const aroundLatest = alert.start <= latest + 30 * DAY_MS && alert.end >= latest - RECENT_DAYS * DAY_MS;
    if (aroundLatest && (!lastAlert || alert.start > lastAlert.start)) lastAlert = alert;
  }
  let window: [number, number];
  if (lastAlert) {
    const end = Math.min(lastAlert.end, Math.max(latest, lastAlert.start) + 90 * DAY_MS);
    const length = end - lastAlert.start;
    window = [lastAlert.start - length / 2, end + length / 4];
    const missing = MIN_OPENING_DAYS * DAY_MS - (window[1] - window[0]);
    // Too short a window: the room goes before it, where what led up to the alert is.
    if (missing > 0) window = [window[0] - missing * 0.75, window[1] + missing * 0.25];
  } else {
    window = [latest - RECENT_DAYS * DAY_MS, latest + RECENT_DAYS * DAY_MS * 0.03];
  }
  return [Math.max(window[0], bounds[0]), Math.min(window[1], bounds[1])];
}
