/**
 * The normalising reader: the region, alerts and incidents the schema check kept, as the types
 * the timeline draws. By now every field has its type; what is checked here is what a schema
 * cannot say: real dates, an end after its start, ids used once, levels and sources the feed
 * lists, a time zone that exists.
 */
import {isValidTimeZone} from '../zoned-time.js';
import type {Actor, AlertLevel, AlertWindow, Area, Fatalities, Incident, IncidentStatus, Location, Measure, Region} from '../types.js';
import {isObject, optionalNumber, optionalString, type Json} from './feed-document.js';
import {incidentTime, isCalendarDate, readDate, sortedBy} from './dates.js';
import {citedSources, claimId} from './references.js';
import {isDropped, report, type FeedReading} from './reading.js';
import {isPausePoint, type Work} from '../slices.js';

/**
 * The region, and the zone every date without an offset is read in: the region's own, or
 * `refusedZone`, the zone of a region the schema left out (one without a name).
 */
export function readRegion(reading: FeedReading, value: unknown, refusedZone: unknown): Region | undefined {
  const zone = isObject(value) ? value.timeZone : refusedZone;
  if (typeof zone === 'string') {
    if (isValidTimeZone(zone)) reading.timeZone = zone;
    else report(reading, '/region/timeZone', 'an IANA time zone name such as "Asia/Dushanbe" (dates are read in UTC)', zone, 'value');
  }
  if (!isObject(value) || typeof value.name !== 'string') return undefined;
  return {id: optionalString(value.id), name: value.name, timeZone: reading.timeZone};
}

export function* readAlerts(reading: FeedReading, values: unknown[] | undefined, levels: AlertLevel[]): Work<AlertWindow[]> {
  const alerts: AlertWindow[] = [];
  const scale = levels.map((level) => JSON.stringify(level.id)).join(', ');
  const count = values?.length ?? 0;
  for (let index = 0; index < count; index++) {
    if (isPausePoint(index)) yield;
    const alert = readAlert(reading, values![index], index, scale);
    if (alert) alerts.push(alert);
  }
  return yield* sortedBy(alerts, (alert) => alert.start);
}

/** The alert at `index`, or undefined when it is left out (and the problem reported). */
function readAlert(reading: FeedReading, value: unknown, index: number, scale: string): AlertWindow | undefined {
  const pointer = `/alerts/${index}`;
  if (isDropped(reading, 'alerts', index) || !isObject(value)) return;
  const start = readDate(reading, value.start as string, `${pointer}/start`, 'item');
  const end = readDate(reading, value.end as string, `${pointer}/end`, 'item');
  if (!start || !end) return;
  // A date-only end is inclusive: the alert runs to the end of that day (or month, or year).
  const endMs = end.end;
  if (endMs <= start.start) {
    report(reading, `${pointer}/end`, `an end after the start (${value.start as string})`, value.end, 'item');
    return;
  }
  if (!claimId(reading, value.id as string, 'alerts', index)) return;
  const levelId = value.level as string;
  let level = reading.levelsById.get(levelId);
  if (!level) {
    report(reading, `${pointer}/level`, `one of the feed's levels: ${scale}`, levelId, 'none');
    level = {id: levelId, label: levelId, rank: 0, known: false};
  }
  const measures: Measure[] = [];
  if (Array.isArray(value.measures)) {
    for (const measure of value.measures as Json[]) {
      measures.push(typeof measure.kind === 'string' ? {kind: measure.kind, text: measure.text as string} : {text: measure.text as string});
    }
  }
  const alert: AlertWindow = {
    kind: 'alert',
    id: value.id as string,
    start: start.start,
    end: endMs,
    level,
    title: value.title as string,
    description: optionalString(value.description),
    areas: Array.isArray(value.areas) ? (value.areas as unknown[]).map(area) : [],
    measures,
    sources: citedSources(reading, value.sources, 'alerts', index),
    raw: (reading.originals.alerts?.[index] ?? value) as Json,
  };
  if (isCalendarDate(start) && isCalendarDate(end)) alert.civil = true;
  readItemDates(reading, alert, value, pointer);
  return alert;
}

export function* readIncidents(reading: FeedReading, values: unknown[] | undefined): Work<Incident[]> {
  const incidents: Incident[] = [];
  const count = values?.length ?? 0;
  for (let index = 0; index < count; index++) {
    if (isPausePoint(index)) yield;
    const incident = readIncident(reading, values![index], index);
    if (incident) incidents.push(incident);
  }
  return yield* sortedBy(incidents, (incident) => incident.time.best);
}

/** The incident at `index`, or undefined when it is left out (and the problem reported). */
function readIncident(reading: FeedReading, value: unknown, index: number): Incident | undefined {
  if (isDropped(reading, 'incidents', index) || !isObject(value)) return;
  const time = incidentTime(reading, value.when, index);
  if (!time || !claimId(reading, value.id as string, 'incidents', index)) return;
  const incident: Incident = {
    kind: 'incident',
    id: value.id as string,
    time,
    title: value.title as string,
    category: value.category as string,
    status: value.status as IncidentStatus,
    actors: Array.isArray(value.actors) ? (value.actors as unknown[]).map(actor) : [],
    sources: citedSources(reading, value.sources, 'incidents', index),
    raw: (reading.originals.incidents?.[index] ?? value) as Json,
  };
  if (typeof value.summary === 'string') incident.summary = value.summary;
  if (typeof value.severity === 'number') incident.severity = value.severity;
  if (value.fatalities !== undefined) incident.fatalities = fatalities(reading, value.fatalities, index);
  if (value.reported !== undefined || value.updated !== undefined) readItemDates(reading, incident, value, `/incidents/${index}`);
  if (isObject(value.location)) {
    incident.location = location(value.location);
    // A position needs both coordinates: one left alone (its partner missing, or refused
    // above) is not drawn, and the reader is told so rather than losing it silently.
    const {latitude, longitude} = value.location;
    if ((typeof latitude === 'number') !== (typeof longitude === 'number')) {
      const [lone, partner] = typeof latitude === 'number' ? ['latitude', 'longitude'] : ['longitude', 'latitude'];
      report(reading, `/incidents/${index}/location/${lone}`, `a ${partner} to go with it (a position needs both)`, value.location[lone], 'value');
    }
  }
  return incident;
}

// Runs once per incident: no per-call arrays.
function location(value: Json): Location {
  const place: Location = {name: value.name as string};
  if (typeof value.country === 'string') place.country = value.country;
  if (typeof value.admin1 === 'string') place.admin1 = value.admin1;
  if (typeof value.admin2 === 'string') place.admin2 = value.admin2;
  // A coordinate is only useful with its partner.
  const latitude = optionalNumber(value.latitude);
  const longitude = optionalNumber(value.longitude);
  if (latitude !== undefined && longitude !== undefined) {
    place.latitude = latitude;
    place.longitude = longitude;
  }
  if (typeof value.geoPrecision === 'string') place.geoPrecision = value.geoPrecision as Location['geoPrecision'];
  return place;
}

/** An area: a bare name (format 1.0), or an object naming the levels it covers, said by its name or by them. */
function area(value: unknown): Area {
  if (typeof value === 'string') return {name: value};
  const spec = value as Json;
  const out: Area = {name: ''};
  for (const level of ['place', 'admin2', 'admin1', 'country'] as const) {
    if (typeof spec[level] === 'string') out[level] = spec[level];
  }
  out.name = typeof spec.name === 'string' ? spec.name : [out.place, out.admin2, out.admin1, out.country].filter(Boolean).join(', ');
  return out;
}

/** An actor: a bare name (format 1.0), or its name with its side. */
function actor(value: unknown): Actor {
  if (typeof value === 'string') return {name: value};
  const spec = value as Json;
  const out: Actor = {name: spec.name as string};
  if (typeof spec.role === 'string') out.role = spec.role as Actor['role'];
  if (typeof spec.with === 'string') out.with = spec.with;
  return out;
}

/** Deaths: a count, or the best estimate with low and high ones, which must bracket it. */
function fatalities(reading: FeedReading, value: unknown, index: number): Fatalities | undefined {
  if (typeof value === 'number') return {best: value};
  const spec = value as Json;
  if (typeof spec.best !== 'number') return undefined;
  const out: Fatalities = {best: spec.best};
  const pointer = `/incidents/${index}/fatalities`;
  if (typeof spec.low === 'number') {
    if (spec.low <= spec.best) out.low = spec.low;
    else report(reading, `${pointer}/low`, `a low estimate no higher than the best one (${spec.best})`, spec.low, 'value');
  }
  if (typeof spec.high === 'number') {
    if (spec.high >= spec.best) out.high = spec.high;
    else report(reading, `${pointer}/high`, `a high estimate no lower than the best one (${spec.best})`, spec.high, 'value');
  }
  return out;
}

/** When an item was first reported and last changed. */
function readItemDates(reading: FeedReading, item: AlertWindow | Incident, value: Json, pointer: string): void {
  for (const field of ['reported', 'updated'] as const) {
    if (typeof value[field] !== 'string') continue;
    const unit = readDate(reading, value[field], `${pointer}/${field}`, 'value');
    if (unit) item[field] = unit.start;
  }
}
