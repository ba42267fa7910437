import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parse} from 'csv-parse/browser/esm/sync';
import {incidentsToCsv, INCIDENT_CSV_COLUMNS, UTF8_BOM} from '../../src/export/csv.js';
import type {Incident} from '../../src/feed/types.js';
import {validateFeed} from '../../src/feed/validate.js';
import {incident} from '../layout/fixtures.js';

type Rows = Record<string, string>[];

/** The incidents of a feed document, read as the element reads them. */
function readIncidents(incidents: unknown[], timeZone = 'Asia/Dushanbe', sources: unknown[] = []): Incident[] {
  const {feed, problems} = validateFeed({version: '1.1', region: {name: 'Border', timeZone}, sources, incidents});
  expect(problems, JSON.stringify(problems)).to.deep.equal([]);
  return feed!.incidents;
}

/** The CSV text parsed back, as a spreadsheet reads it, one object per row. */
function parseBack(csv: string): Rows {
  return parse<Record<string, string>>(csv, {bom: true, columns: true, relax_column_count: false});
}

const base = {category: 'clash', status: 'reported'};

describe('incidentsToCsv', () => {
  it('writes a header row and one row per incident, with CRLF line ends', () => {
    const incidents = readIncidents([
      {...base, id: 'a', when: '2024-09-24', title: 'First'},
      {...base, id: 'b', when: '2024-09-25', title: 'Second'},
    ]);
    const csv = incidentsToCsv(incidents, {timeZone: 'Asia/Dushanbe', bom: false});
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal(INCIDENT_CSV_COLUMNS.join(','));
    expect(lines).to.have.length(4);
    expect(lines[3]).to.equal('');
    expect(csv.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(parseBack(csv).map((row) => row.id)).to.deep.equal(['a', 'b']);
  });

  it('writes every field, which a CSV reader reads back as the same cells', () => {
    const sources = [
      {id: 'newsaz', publisher: 'News.Az', title: 'Militants, "reconnaissance"', url: 'https://news.az/a?b=1'},
      {id: 'radio', publisher: 'Радио Озоди'},
    ];
    const [only] = readIncidents(
      [
        {
          ...base,
          id: 'recon',
          when: {earliest: '2024-09-10', latest: '2024-10-02', label: 'between mid-September and 2 October 2024'},
          title: 'Reconnaissance, near "Ai-Khanum"',
          summary: 'Line one\nline two, with a comma\r\nand «quotes»',
          severity: 3,
          fatalities: {best: 2, low: 1, high: 5},
          actors: [
            {name: 'Jamaat Ansarullah', role: 'side-a'},
            {name: 'Border troops', role: 'side-b'},
            {name: 'Local militia', role: 'associated', with: 'Jamaat Ansarullah'},
            'Taliban',
          ],
          location: {name: 'Ai-Khanum', admin2: 'Dashti Qala', admin1: 'Takhar', country: 'Afghanistan', latitude: 37.17, longitude: 69.42},
          sources: ['newsaz', 'radio'],
        },
      ],
      'Asia/Dushanbe',
      sources,
    );
    const [row] = parseBack(incidentsToCsv([only], {timeZone: 'Asia/Dushanbe'}));
    expect(row).to.deep.equal({
      id: 'recon',
      title: 'Reconnaissance, near "Ai-Khanum"',
      date: '2024-09-21',
      earliest: '2024-09-10',
      latest: '2024-10-02',
      precision: 'range',
      date_label: 'between mid-September and 2 October 2024',
      status: 'reported',
      category: 'clash',
      severity: '3',
      fatalities_best: '2',
      fatalities_low: '1',
      fatalities_high: '5',
      actors: 'Jamaat Ansarullah (side-a); Border troops (side-b); Local militia (associated with Jamaat Ansarullah); Taliban',
      location: 'Ai-Khanum',
      admin2: 'Dashti Qala',
      admin1: 'Takhar',
      country: 'Afghanistan',
      latitude: '37.17',
      longitude: '69.42',
      sources: 'News.Az — Militants, "reconnaissance" <https://news.az/a?b=1>; Радио Озоди',
      summary: 'Line one\nline two, with a comma\r\nand «quotes»',
    });
  });

  it('leaves empty the cells of fields an incident does not have', () => {
    const [row] = parseBack(incidentsToCsv([incident('bare', Date.UTC(2024, 8, 24, 9, 30))], {timeZone: 'Asia/Dushanbe'}));
    for (const column of ['date_label', 'severity', 'fatalities_best', 'actors', 'location', 'latitude', 'sources', 'summary']) {
      expect(row[column], column).to.equal('');
    }
  });

  it('writes a civil date as the region’s date, though the browser runs in another zone', () => {
    // The test browser runs in America/New_York: 2024-09-24 in Dushanbe starts at 15:00 on 23 September there.
    expect(new Date(2024, 8, 24).getTimezoneOffset()).to.be.greaterThan(0);
    const [row] = parseBack(incidentsToCsv(readIncidents([{...base, id: 'a', when: '2024-09-24', title: 'A'}]), {timeZone: 'Asia/Dushanbe'}));
    expect([row.date, row.earliest, row.latest, row.precision]).to.deep.equal(['2024-09-24', '2024-09-24', '2024-09-24', 'day']);
  });

  it('writes civil dates in zones far ahead of and behind UTC as those dates', () => {
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kabul', 'UTC']) {
      const incidents = readIncidents([{...base, id: 'a', when: '2024-01-01', title: 'A'}], timeZone);
      const [row] = parseBack(incidentsToCsv(incidents, {timeZone}));
      expect([row.date, row.earliest, row.latest], timeZone).to.deep.equal(['2024-01-01', '2024-01-01', '2024-01-01']);
    }
  });

  it('writes a month or a year at its precision, and the last day a window includes', () => {
    const incidents = readIncidents([
      {...base, id: 'month', when: '2024-09', title: 'A month'},
      {...base, id: 'year', when: '2021', title: 'A year'},
      {...base, id: 'acled-month', when: {date: '2022-06-15', earliest: '2022-06-01', latest: '2022-06-30', precision: 'month'}, title: 'ACLED'},
      {...base, id: 'week', when: '2024-W38', title: 'A week'},
    ]);
    const rows = Object.fromEntries(parseBack(incidentsToCsv(incidents, {timeZone: 'Asia/Dushanbe'})).map((row) => [row.id, row]));
    const dates = (id: string) => [rows[id].date, rows[id].earliest, rows[id].latest, rows[id].precision];
    expect(dates('month')).to.deep.equal(['2024-09', '2024-09-01', '2024-09-30', 'month']);
    expect(dates('year')).to.deep.equal(['2021', '2021-01-01', '2021-12-31', 'year']);
    expect(dates('acled-month')).to.deep.equal(['2022-06', '2022-06-01', '2022-06-30', 'month']);
    expect(dates('week')).to.deep.equal(['2024-09-19', '2024-09-16', '2024-09-22', 'week']);
  });

  it('writes a time of day with the region’s offset, or Z in UTC', () => {
    const [dushanbe] = readIncidents([{...base, id: 'a', when: '2024-09-24T14:30', title: 'A'}]);
    const [row] = parseBack(incidentsToCsv([dushanbe], {timeZone: 'Asia/Dushanbe'}));
    expect([row.date, row.earliest, row.latest, row.precision]).to.deep.equal([
      '2024-09-24T14:30:00+05:00',
      '2024-09-24T14:30:00+05:00',
      '2024-09-24T14:30:00+05:00',
      'minute',
    ]);
    expect(Date.parse(row.date)).to.equal(dushanbe.time.best);
    const [kabul] = parseBack(
      incidentsToCsv(readIncidents([{...base, id: 'a', when: '2024-09-24T14:30:15', title: 'A'}], 'Asia/Kabul'), {timeZone: 'Asia/Kabul'}),
    );
    expect(kabul.date).to.equal('2024-09-24T14:30:15+04:30');
    const [utc] = parseBack(
      incidentsToCsv(readIncidents([{...base, id: 'a', when: '2024-09-24T14:30:00.250Z', title: 'A'}], 'UTC'), {timeZone: 'UTC'}),
    );
    expect(utc.date).to.equal('2024-09-24T14:30:00.250Z');
    const [newYork] = parseBack(incidentsToCsv([dushanbe], {timeZone: 'America/New_York'}));
    expect(newYork.date).to.equal('2024-09-24T05:30:00-04:00');
  });

  it('neutralises text a spreadsheet would run as a formula, and keeps it readable', () => {
    const hostile = '=HYPERLINK("http://evil","x")';
    const incidents = readIncidents([
      {
        ...base,
        id: 'evil',
        when: '2024-09-24',
        title: hostile,
        summary: '+cmd|" /C calc"!A0',
        actors: ['-2+3', '@SUM(1,1)'],
        location: {name: '\tTab', admin1: '\rReturn', country: '-', latitude: -12.5, longitude: -70.25},
      },
    ]);
    const csv = incidentsToCsv(incidents, {timeZone: 'Asia/Dushanbe', bom: false});
    expect(csv).to.include(`,"'=HYPERLINK(""http://evil"",""x"")",`);
    const [row] = parseBack(csv);
    expect(row.title).to.equal(`'${hostile}`);
    expect(row.summary).to.equal(`'+cmd|" /C calc"!A0`);
    expect(row.actors).to.equal(`'-2+3; @SUM(1,1)`);
    expect([row.location, row.admin1, row.country]).to.deep.equal(["'\tTab", "'\rReturn", "'-"]);
    // Coordinates are the exporter's numbers, negative or not.
    expect([row.latitude, row.longitude]).to.deep.equal(['-12.5', '-70.25']);
    expect(csv).to.include(',-12.5,-70.25,');
  });

  it('leaves no text cell that starts a formula, and reads back any text', () => {
    const text = fc.oneof(
      fc.string({unit: 'grapheme', maxLength: 12}),
      fc.string({unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ' ', 'a', 'ی'), maxLength: 8}),
    );
    fc.assert(
      fc.property(text, text, (title, summary) => {
        const item = {...incident('p', Date.UTC(2024, 0, 1)), title, summary};
        const [row] = parseBack(incidentsToCsv([item], {timeZone: 'UTC'}));
        for (const [cell, given] of [
          [row.title, title],
          [row.summary, summary],
        ]) {
          const unsafe = /^[=+\-@\t\r]/.test(given);
          expect(cell).to.equal(unsafe ? `'${given}` : given);
          expect(cell).not.to.match(/^[=+\-@\t\r]/);
        }
      }),
    );
  });

  it('starts with a UTF-8 byte order mark unless asked not to', () => {
    const incidents = readIncidents([{...base, id: 'fa', when: '2024-09-24', title: 'درگیری در ولایت تخار'}]);
    const withBom = incidentsToCsv(incidents, {timeZone: 'Asia/Dushanbe'});
    expect(withBom.startsWith(UTF8_BOM)).to.equal(true);
    expect([...new TextEncoder().encode(withBom).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const without = incidentsToCsv(incidents, {timeZone: 'Asia/Dushanbe', bom: false});
    expect(without.startsWith('id,')).to.equal(true);
    expect(parseBack(without)[0].title).to.equal('درگیری در ولایت تخار');
  });

  it('leaves out a link the feed gave that is not safe to follow', () => {
    const [item] = readIncidents([{...base, id: 'a', when: '2024-09-24', title: 'A'}]);
    const unsafe: Incident = {...item, sources: [{id: 's', publisher: 'Somebody', rejectedUrl: 'javascript:alert(1)'}]};
    const [row] = parseBack(incidentsToCsv([unsafe], {timeZone: 'UTC'}));
    expect(row.sources).to.equal('Somebody');
  });

  it('refuses a time zone it does not know rather than guess the days', () => {
    expect(() => incidentsToCsv([], {timeZone: 'Mars/Olympus_Mons'})).to.throw(RangeError);
    expect(incidentsToCsv([], {timeZone: 'UTC', bom: false})).to.equal(`${INCIDENT_CSV_COLUMNS.join(',')}\r\n`);
  });
});
