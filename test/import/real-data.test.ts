/**
 * The real samples in ../shared/real-data/ imported with `security-timeline-import`, checked
 * against the CSV as this test reads it: every id once, the same deaths, every actor on its
 * side, ACLED's dates as best points and GED's ranges as given, and a feed that reads cleanly.
 */
import {expect} from '@open-wc/testing';
import {parseTemporal, type TemporalUnit} from '../../src/feed/temporal.js';
import type {Feed, Incident, ValidationResult} from '../../src/feed/types.js';
import {validateFeed} from '../../src/feed/validate.js';
import {csvRecords, readRealData, runImport, type ImportRun, type WrittenFeed} from './helpers.js';

const dayOf = (date: string, timeZone: string) => parseTemporal(date, timeZone) as TemporalUnit;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const byId = (feed: Feed) => new Map<string, Incident>(feed.incidents.map((incident) => [incident.id, incident]));

/** ACLED's actor columns as the format's actors: each side, then those associated with it. */
function acledActors(row: Record<string, string>) {
  const actors = [];
  for (const [side, associated, role] of [
    ['actor1', 'assoc_actor_1', 'side-a'],
    ['actor2', 'assoc_actor_2', 'side-b'],
  ] as const) {
    const name = row[side].trim();
    if (name) actors.push({name, role});
    for (const other of row[associated].split(';')) {
      if (other.trim()) actors.push(name ? {name: other.trim(), role: 'associated', with: name} : {name: other.trim(), role: 'associated'});
    }
  }
  return actors;
}

interface Imported {
  rows: Record<string, string>[];
  run: ImportRun;
  written: WrittenFeed;
  read: ValidationResult;
}

async function importSample(file: string, dataset: 'acled' | 'ucdp', timeZone: string): Promise<Imported> {
  const rows = csvRecords(await readRealData(file));
  const run = await runImport([dataset, `real-data/${file}`, '--time-zone', timeZone, ...(dataset === 'acled' ? ['--accessed', '2026-11-24'] : [])]);
  const written = JSON.parse(run.stdout) as WrittenFeed;
  return {rows, run, written, read: validateFeed(written)};
}

const ACLED_SAMPLES = [
  {file: 'acled-2022h1-south-and-central-asia.csv', timeZone: 'Asia/Kabul', precisions: ['1', '2', '3']},
  {file: 'acled-2022-06-argentina.csv', timeZone: 'America/Argentina/Buenos_Aires', precisions: ['1', '2']},
];

for (const {file, timeZone, precisions} of ACLED_SAMPLES) {
  describe(`security-timeline-import acled, on ${file}`, () => {
    let sample: Imported;
    before(async () => {
      sample = await importSample(file, 'acled', timeZone);
    });

    it('imports every row, leaves nothing out and exits 0', () => {
      const {run, rows} = sample;
      expect(run.stderr).to.equal(`real-data/${file}: ${rows.length} rows, ${rows.length} incidents; nothing left out.\n`);
      expect(run.code).to.equal(0);
    });

    it('reads with no problem, as format 1.1 in the zone asked for', () => {
      expect(sample.read.problems.map((problem) => problem.message)).to.deep.equal([]);
      expect(sample.read.feed!.version).to.equal('1.1');
      expect(sample.read.feed!.timeZone).to.equal(timeZone);
      expect(sample.read.feed!.incidents).to.have.length(sample.rows.length);
    });

    it('keeps every event_id_cnty, each once, as the id', () => {
      const ids = sample.written.incidents.map((incident) => incident.id);
      expect(new Set(ids).size).to.equal(ids.length);
      expect([...ids].sort()).to.deep.equal(sample.rows.map((row) => row.event_id_cnty).sort());
    });

    it('keeps the sum of fatalities', () => {
      const expected = sum(sample.rows.map((row) => Number(row.fatalities)));
      expect(sum(sample.written.incidents.map((incident) => incident.fatalities as number))).to.equal(expected);
      expect(sum(sample.read.feed!.incidents.map((incident) => incident.fatalities?.best ?? 0))).to.equal(expected);
    });

    it('names every actor with its side, and the associated ones with whom they acted', () => {
      const incidents = byId(sample.read.feed!);
      for (const row of sample.rows) expect(incidents.get(row.event_id_cnty)!.actors, row.event_id_cnty).to.deep.equal(acledActors(row));
    });

    it('keeps event_date as the best point at every time_precision, spanning the week or month around it', () => {
      const incidents = byId(sample.read.feed!);
      const seen = new Set<string>();
      for (const row of sample.rows) {
        const {time} = incidents.get(row.event_id_cnty)!;
        const day = dayOf(row.event_date, timeZone);
        seen.add(row.time_precision);
        expect(time.best, `${row.event_id_cnty} best`).to.be.within(day.start, day.end - 1);
        expect([time.earliest, time.latest], `${row.event_id_cnty} window`).to.deep.equal(acledWindow(row, timeZone));
        expect(time.sourcePrecision).to.deep.equal({scheme: 'acled-time-precision', code: Number(row.time_precision)});
        const when = sample.written.incidents.find((incident) => incident.id === row.event_id_cnty)!.when as {date: string; sourcePrecision: object};
        expect(when.date).to.equal(row.event_date);
        expect(when.sourcePrecision).to.deep.equal({scheme: 'acled-time-precision', code: Number(row.time_precision)});
      }
      expect([...seen].sort()).to.deep.equal(precisions);
    });

    it('declares every category under its event type, and credits ACLED', () => {
      const {written, rows} = sample;
      const categories = new Map(written.categories.map((category) => [category.id, category]));
      for (const [index, incident] of written.incidents.entries()) {
        const category = categories.get(incident.category)!;
        expect(category.label).to.equal(rows.find((row) => row.event_id_cnty === incident.id)!.sub_event_type, `incident ${index}`);
        expect(categories.get(category.parent!)!.label).to.equal(rows.find((row) => row.event_id_cnty === incident.id)!.event_type);
      }
      expect(written.attribution).to.equal('Data: ACLED (Armed Conflict Location & Event Data), acleddata.com, accessed 2026-11-24');
      expect(written.sources[0]).to.include({id: 'acled', publisher: 'ACLED'});
      expect(sample.read.feed!.attribution).to.equal(written.attribution);
    });
  });
}

/** Where an ACLED event may have happened: its day; the week (three days either side) or the month around it. */
function acledWindow(row: Record<string, string>, timeZone: string): [number, number] {
  const day = dayOf(row.event_date, timeZone);
  if (row.time_precision === '1') return [day.start, day.end];
  if (row.time_precision === '2') return [dayOf(shift(row.event_date, -3), timeZone).start, dayOf(shift(row.event_date, 3), timeZone).end];
  const month = dayOf(row.event_date.slice(0, 7), timeZone);
  return [month.start, month.end];
}

/** The day `days` after an ISO date, as an ISO date. */
function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('security-timeline-import ucdp, on ucdp-ged-23.1-sample-1000.csv', () => {
  const file = 'ucdp-ged-23.1-sample-1000.csv';
  const timeZone = 'Asia/Kabul';
  let sample: Imported;
  before(async () => {
    sample = await importSample(file, 'ucdp', timeZone);
  });

  it('imports every row, and reports each estimate GED gives out of order (a low above the best, a high below it)', () => {
    const {run, rows} = sample;
    // Found here on their own: rows are numbered from 2, after the header.
    const outOfOrder = rows.flatMap((row, index) => [
      ...(Number(row.low) > Number(row.best) ? [`row ${index + 2}`, 'low'] : []),
      ...(Number(row.high) < Number(row.best) ? [`row ${index + 2}`, 'high'] : []),
    ]);
    const lines = run.stderr.trim().split('\n');
    expect(lines.pop()).to.equal(`real-data/${file}: ${rows.length} rows, ${rows.length} incidents; ${outOfOrder.length / 2} values left out.`);
    expect(lines.flatMap((line) => [/^row \d+/.exec(line)![0], /column (\w+)/.exec(line)![1]])).to.deep.equal(outOfOrder);
    expect(lines[0]).to.equal(
      'row 8, column low: "3" is above the best estimate (2); the value was left out, the rest of the row kept (its text is kept under "ucdp")',
    );
    expect(run.code).to.equal(1);
  });

  it('reads with no problem', () => {
    expect(sample.read.problems.map((problem) => problem.message)).to.deep.equal([]);
    expect(sample.read.feed!.incidents).to.have.length(sample.rows.length);
  });

  it('keeps every id, each once, as "ucdp-" and the id', () => {
    const ids = sample.written.incidents.map((incident) => incident.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect([...ids].sort()).to.deep.equal(sample.rows.map((row) => `ucdp-${row.id}`).sort());
  });

  it('keeps the sums of the best, low and high estimates (an estimate left out is kept as text)', () => {
    for (const estimate of ['best', 'low', 'high'] as const) {
      const expected = sum(sample.rows.map((row) => Number(row[estimate])));
      const written = sample.written.incidents.map((incident) => {
        const fatalities = incident.fatalities as {best: number; low?: number; high?: number};
        return fatalities[estimate] ?? Number((incident.ucdp as Record<string, string>)[estimate]);
      });
      expect(sum(written), estimate).to.equal(expected);
    }
    expect(sum(sample.read.feed!.incidents.map((incident) => incident.fatalities!.best))).to.equal(sum(sample.rows.map((row) => Number(row.best))));
  });

  it('names side_a and side_b with their sides', () => {
    const incidents = byId(sample.read.feed!);
    for (const row of sample.rows) {
      expect(incidents.get(`ucdp-${row.id}`)!.actors).to.deep.equal([
        {name: row.side_a, role: 'side-a'},
        {name: row.side_b, role: 'side-b'},
      ]);
    }
  });

  it('keeps each range from the start of date_start to the end of date_end, in the feed’s zone', () => {
    const incidents = byId(sample.read.feed!);
    for (const row of sample.rows) {
      const {time} = incidents.get(`ucdp-${row.id}`)!;
      const [start, end] = [dayOf(row.date_start, timeZone), dayOf(row.date_end, timeZone)];
      expect([time.earliest, time.latest], row.id).to.deep.equal([start.start, dayOf(shift(row.date_end, 1), timeZone).start]);
      expect(end.end).to.equal(time.latest);
      const when = sample.written.incidents.find((incident) => incident.id === `ucdp-${row.id}`)!.when as Record<string, unknown>;
      expect(when.sourcePrecision).to.deep.equal({scheme: 'ucdp-date-prec', code: Number(row.date_prec)});
    }
  });

  it('declares the three types of violence, credits UCDP GED 23.1, and keeps the other columns', () => {
    const {written} = sample;
    expect(written.categories).to.deep.equal([
      {id: 'state-based', label: 'State-based violence'},
      {id: 'non-state', label: 'Non-state violence'},
      {id: 'one-sided', label: 'One-sided violence'},
    ]);
    expect(written.attribution).to.equal('Data: UCDP Georeferenced Event Dataset (GED) Global version 23.1, ucdp.uu.se');
    expect(written.sources).to.deep.equal([
      {id: 'ucdp-ged', publisher: 'UCDP', title: 'UCDP Georeferenced Event Dataset (GED) Global version 23.1', url: 'https://ucdp.uu.se/'},
    ]);
    const [first] = written.incidents;
    const row = sample.rows.find((candidate) => `ucdp-${candidate.id}` === first.id)!;
    expect(first.ucdp).to.include({relid: row.relid, source_article: row.source_article, adm_1: row.adm_1, geom_wkt: row.geom_wkt});
    expect(first.location).to.deep.include({admin1: row.adm_1.replace(/ governorate$/, ''), country: row.country});
  });
});
