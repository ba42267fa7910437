/**
 * Reads `<security-timeline-alert>` and `<security-timeline-incident>` children into a feed
 * document, which is then validated like any JSON feed. Values are copied as the author wrote
 * them, so a wrong one is reported by the validator with its pointer instead of being guessed at.
 */
import {ALERT_TAG, INCIDENT_TAG} from './markup-controller.js';

const list = (value: string | null) =>
  value === null
    ? undefined
    : value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');

/** The text of an element with runs of whitespace collapsed, as a reader sees it. */
const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Copies the attributes that are present; absent ones stay absent. */
function attributes(element: Element, names: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [attribute, field] of Object.entries(names)) {
    const value = element.getAttribute(attribute);
    if (value !== null) out[field] = value;
  }
  return out;
}

export function feedFromMarkup(host: Element, options: {title?: string; timeZone?: string}): Record<string, unknown> {
  const alerts = [...host.querySelectorAll(`:scope > ${ALERT_TAG}`)].map((element, index) => {
    const alert: Record<string, unknown> = {
      id: element.id || `alert-${index + 1}`,
      title: textOf(element),
      ...attributes(element, {start: 'start', end: 'end', level: 'level', description: 'description'}),
    };
    const areas = list(element.getAttribute('areas'));
    if (areas) alert.areas = areas;
    const measures = list(element.getAttribute('measures'));
    if (measures) alert.measures = measures.map((text) => ({text}));
    return alert;
  });

  const incidents = [...host.querySelectorAll(`:scope > ${INCIDENT_TAG}`)].map((element, index) => {
    const incident: Record<string, unknown> = {
      id: element.id || `incident-${index + 1}`,
      title: textOf(element),
      ...attributes(element, {status: 'status', category: 'category', summary: 'summary'}),
    };
    const when = attributes(element, {when: 'date', precision: 'precision', earliest: 'earliest', latest: 'latest', 'date-label': 'label'});
    // A bare date is written as the feed's string form; anything more as its object form.
    const keys = Object.keys(when);
    if (keys.length === 1 && keys[0] === 'date') incident.when = when.date;
    else if (keys.length) incident.when = when;
    const severity = element.getAttribute('severity');
    if (severity !== null) incident.severity = /^\s*-?\d+(\.\d+)?\s*$/.test(severity) ? Number(severity) : severity;
    const place = element.getAttribute('location');
    if (place !== null) {
      const [name, ...areas] = place.split(',').map((part) => part.trim());
      const location: Record<string, unknown> = {name};
      if (areas[0]) location.admin1 = areas[0];
      const country = element.getAttribute('country');
      if (country !== null) location.country = country;
      incident.location = location;
    }
    const actors = list(element.getAttribute('actors'));
    if (actors) incident.actors = actors;
    return incident;
  });

  const feed: Record<string, unknown> = {version: '1.0', alerts, incidents};
  if (options.title) feed.title = options.title;
  if (options.timeZone) feed.region = {name: options.title ?? 'Timeline', timeZone: options.timeZone};
  return feed;
}
