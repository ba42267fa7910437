/**
 * Rows written to hurt (test/fixtures/import/): formulas, markup, script links, broken quoting,
 * wrong types, missing and repeated ids, rows cut short. Each bad row or value is reported with
 * its row, column and value and left out; text is kept as the text it is; the feed still reads.
 */
import {expect} from '@open-wc/testing';
import type {ValidationResult} from '../../src/feed/types.js';
import {validateFeed} from '../../src/feed/validate.js';
import {fixture, runImport, type ImportRun, type WrittenFeed} from './helpers.js';

interface Hostile {
  run: ImportRun;
  written: WrittenFeed;
  read: ValidationResult;
}

async function importFixture(dataset: 'acled' | 'ucdp', name: string, args: string[] = []): Promise<Hostile> {
  const text = await fixture(`test/fixtures/import/${name}`);
  const run = await runImport([dataset, name, ...args], {files: {[name]: text}});
  const written = JSON.parse(run.stdout) as WrittenFeed;
  return {run, written, read: validateFeed(written)};
}

const incident = (feed: WrittenFeed, id: string) => feed.incidents.find((candidate) => candidate.id === id);

describe('security-timeline-import acled, on hostile rows', () => {
  let hostile: Hostile;
  before(async () => {
    hostile = await importFixture('acled', 'acled-hostile.csv', ['--accessed', '2026-11-24']);
  });

  it('reports each bad row and value on standard error with its row, column and value, and exits 1', () => {
    expect(hostile.run.stderr.split('\n')).to.deep.equal([
      'row 5, column fatalities: "many" is not a whole number of deaths; the value was left out, the rest of the row kept (its text is kept under "acled")',
      'row 6, column event_date: "2022-13-45" is not a date (YYYY-MM-DD); the row was left out',
      'row 7, column latitude: "north" is not a latitude (decimal degrees, −90 to 90); the position was left out, the rest of the row kept (its text is kept under "acled")',
      'row 8, column event_id_cnty: "" is empty: the incident has no id; the row was left out',
      'row 9, column event_id_cnty: "AFG90001" is the id of row 2 already; the row was left out',
      "row 10, column source: has no cell: the row has 25 of the header's 31 columns; the row was left out",
      'row 11, column notes: "\\"On 20 June 2022, an unterminated note,3,,1656432488" opens a quote that is never closed; the row was left out',
      // A cell that would reorder the terminal's text is quoted with its controls escaped.
      'row 13, column fatalities: "\\u202e21" is not a whole number of deaths; the value was left out, the rest of the row kept (its text is kept under "acled")',
      'acled-hostile.csv: 12 rows, 7 incidents; 5 rows and 3 values left out.',
      '',
    ]);
    expect(hostile.run.code).to.equal(1);
  });

  it('writes a feed that reads with no problem, holding the rows that could be read', () => {
    expect(hostile.read.problems.map((problem) => problem.message)).to.deep.equal([]);
    expect(hostile.written.incidents.map((incident) => incident.id)).to.deep.equal([
      'AFG90001',
      'AFG90002',
      'AFG90003',
      'AFG90004',
      'AFG90006',
      'AFG90011',
      'AFG90012',
    ]);
  });

  it('reads on after a quote that is never closed, from the next row', () => {
    expect(incident(hostile.written, 'AFG90011')!.summary).to.equal('Read again after the broken row, "quoted" words and all.');
  });

  it('keeps formulas, markup and script links as the plain text they are', () => {
    const {written} = hostile;
    expect(incident(written, 'AFG90001')!.summary).to.equal('=HYPERLINK("http://x","y")');
    expect(incident(written, 'AFG90002')!.actors).to.deep.equal([
      {name: "+cmd|' /C calc'!A0", role: 'side-a'},
      {name: "@SUM(1+1)*cmd|' /C calc'!A0", role: 'associated', with: "+cmd|' /C calc'!A0"},
      {name: '-2+3', role: 'associated', with: "+cmd|' /C calc'!A0"},
      {name: 'NRF: National Resistance Front', role: 'side-b'},
    ]);
    const markup = incident(written, 'AFG90003')!;
    expect(markup.title).to.equal('Armed clash in <img src=x onerror=alert(1)>');
    expect(markup.summary).to.equal('javascript:alert(document.cookie)');
    // Outlets are names: one named like a script link is a publisher with that name, never a link.
    const sources = markup.sources!.map((id) => written.sources.find((source) => source.id === id));
    expect(sources.map((source) => source!.publisher)).to.deep.equal(['ACLED', '<script>alert(1)</script>', 'javascript:void(0)']);
    expect(sources.slice(1).every((source) => !('url' in source!))).to.equal(true);
    // And the reader keeps them as text.
    const read = hostile.read.feed!.incidents.find((candidate) => candidate.id === 'AFG90003')!;
    expect(read.location!.name).to.equal('<img src=x onerror=alert(1)>');
    expect(read.sources.map((source) => [source.publisher, source.url])).to.deep.equal([
      ['ACLED', 'https://acleddata.com/'],
      ['<script>alert(1)</script>', undefined],
      ['javascript:void(0)', undefined],
    ]);
  });

  it('leaves an unreadable value out of its incident, and keeps its text under "acled"', () => {
    const {written} = hostile;
    const deaths = incident(written, 'AFG90004')!;
    expect(deaths).not.to.have.property('fatalities');
    expect(deaths.acled).to.include({fatalities: 'many'});
    const position = incident(written, 'AFG90006')!;
    expect(position.location).to.deep.equal({name: 'Rukha', admin1: 'Panjshir', admin2: 'Rukha', country: 'Afghanistan', geoPrecision: 'exact'});
    expect(position.acled).to.include({latitude: 'north', longitude: '69.5167'});
  });
});

describe('security-timeline-import ucdp, on hostile rows in another column order', () => {
  let hostile: Hostile;
  before(async () => {
    hostile = await importFixture('ucdp', 'ucdp-hostile.csv', ['--ged-version', '23.1']);
  });

  it('reports each bad row and value with its row, column and value, and exits 1', () => {
    expect(hostile.run.stderr.split('\n')).to.deep.equal([
      'row 3, column type_of_violence: "9" is not a type of violence (1, 2 or 3); the row was left out',
      'row 4, column date_end: "2023-01-03" is before date_start (2023-01-05); the row was left out',
      'row 5, column best: "lots" is not a whole number of deaths; the value was left out, the rest of the row kept (its text is kept under "ucdp")',
      'row 6, column where_prec: "8" is not a precision code (1–7); the value was left out, the rest of the row kept (its text is kept under "ucdp")',
      'row 7, column id: "12 34" is not an id the feed can carry (letters, digits and . _ : - only, up to 128); the row was left out',
      'row 8, column longitude: "200" is not a longitude (decimal degrees, −180 to 180); the position was left out, the rest of the row kept (its text is kept under "ucdp")',
      'ucdp-hostile.csv: 8 rows, 5 incidents; 3 rows and 3 values left out.',
      '',
    ]);
    expect(hostile.run.code).to.equal(1);
  });

  it('writes a feed that reads with no problem', () => {
    expect(hostile.read.problems.map((problem) => problem.message)).to.deep.equal([]);
    expect(hostile.written.incidents.map((incident) => incident.id)).to.deep.equal([
      'ucdp-900001',
      'ucdp-900004',
      'ucdp-900005',
      'ucdp-900007',
      'ucdp-900008',
    ]);
  });

  it('finds the columns by name, reads dates written with a time, and keeps unknown columns, "__proto__" too', () => {
    const first = incident(hostile.written, 'ucdp-900001')!;
    expect(first.when).to.deep.equal({earliest: '2023-01-02', latest: '2023-01-04', sourcePrecision: {scheme: 'ucdp-date-prec', code: 2}});
    expect(first.fatalities).to.deep.equal({best: 4, low: 3, high: 6});
    expect(first.actors).to.deep.equal([
      {name: '=cmd|"/c calc"!A1', role: 'side-a'},
      {name: 'Islamic State', role: 'side-b'},
    ]);
    expect(first.location).to.deep.equal({
      name: 'Taluqan town',
      admin1: 'Takhar',
      admin2: 'Taluqan',
      country: 'Afghanistan',
      latitude: 36.73,
      longitude: 69.53,
      geoPrecision: 'exact',
    });
    const kept = first.ucdp as Record<string, string>;
    expect(Object.getPrototypeOf(kept)).to.equal(Object.prototype);
    expect(Object.entries(kept)).to.deep.equal([
      ['adm_1', 'Takhar province'],
      ['adm_2', 'Taluqan district'],
      ['extra_note', '<b onmouseover=alert(1)>bold</b>'],
      ['__proto__', '{"polluted": true}'],
      ['date_start', '2023-01-02 00:00:00.000'],
      ['date_end', '2023-01-04 00:00:00.000'],
    ]);
  });

  it('keeps the estimates given beside a best one it cannot read, as text', () => {
    const noBest = incident(hostile.written, 'ucdp-900004')!;
    expect(noBest).not.to.have.property('fatalities');
    expect(noBest.ucdp).to.include({best: 'lots', low: '3', high: '6'});
  });
});
