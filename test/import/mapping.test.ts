import {expect} from '@open-wc/testing';
import {acledWhen} from '../../src/import/acled.js';
import {CategoryCatalogue, SourceCatalogue} from '../../src/import/dataset.js';
import {FeedWriter} from '../../src/import/feed-writer.js';
import {describeProblem, quoteForTerminal} from '../../src/import/row-problems.js';
import {areaName, gedVersionFromFileName} from '../../src/import/ucdp.js';
import {parseCalendarDate, parseCoordinate, parseCount, slug, splitList} from '../../src/import/values.js';

const date = (text: string) => parseCalendarDate(text)!;

describe('acledWhen', () => {
  it('keeps a day as the day, with ACLED’s code', () => {
    expect(acledWhen(date('2022-06-19'), 1)).to.deep.equal({date: '2022-06-19', sourcePrecision: {scheme: 'acled-time-precision', code: 1}});
  });

  it('spans the week around a week’s middle, across a year’s end', () => {
    expect(acledWhen(date('2022-01-01'), 2)).to.deep.equal({
      date: '2022-01-01',
      earliest: '2021-12-29',
      latest: '2022-01-04',
      precision: 'week',
      sourcePrecision: {scheme: 'acled-time-precision', code: 2},
    });
  });

  it('spans the whole month around a month’s middle, keeping the date as its best point', () => {
    expect(acledWhen(date('2024-02-15'), 3)).to.deep.equal({
      date: '2024-02-15',
      earliest: '2024-02-01',
      latest: '2024-02-29',
      precision: 'month',
      sourcePrecision: {scheme: 'acled-time-precision', code: 3},
    });
  });

  it('knows no other precision, nor a week past year 9999', () => {
    expect(acledWhen(date('2022-06-19'), 4)).to.equal(undefined);
    expect(acledWhen(date('9999-12-30'), 2)).to.equal(undefined);
  });
});

describe('reading cells', () => {
  it('reads ISO dates, with a time or without, and ACLED’s older "19 June 2022"', () => {
    expect(parseCalendarDate('2022-06-19')).to.deep.equal({year: 2022, month: 6, day: 19});
    expect(parseCalendarDate('2013-01-03 00:00:00.000')).to.deep.equal({year: 2013, month: 1, day: 3});
    expect(parseCalendarDate('19 June 2022')).to.deep.equal({year: 2022, month: 6, day: 19});
    for (const text of ['2022-13-01', '2023-02-29', '2022-6-19', '19/06/2022', '', '32 June 2022'])
      expect(parseCalendarDate(text), text).to.equal(undefined);
  });

  it('reads counts and coordinates, and nothing else as them', () => {
    expect([parseCount('0'), parseCount('12'), parseCount('many'), parseCount('-1'), parseCount('2.5'), parseCount('100000001')]).to.deep.equal([
      0,
      12,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([parseCoordinate('-45.8644', 90), parseCoordinate('north', 90), parseCoordinate('95', 90), parseCoordinate('179.5', 180)]).to.deep.equal([
      -45.8644,
      undefined,
      undefined,
      179.5,
    ]);
  });

  it('splits lists on semicolons, dropping empty entries', () => {
    expect(splitList(' Dawn;  Express Tribune ;; ')).to.deep.equal(['Dawn', 'Express Tribune']);
    expect(splitList('')).to.deep.equal([]);
  });

  it('makes slugs of labels', () => {
    expect(slug('Remote explosive/landmine/IED')).to.equal('remote-explosive-landmine-ied');
    expect(slug('Explosions/Remote violence')).to.equal('explosions-remote-violence');
    expect(slug('Bolívar')).to.equal('bolivar');
    expect(slug('Радио Озоди')).to.equal('');
  });
});

describe('UCDP names', () => {
  it('takes the lower-case kind of area off admin names, and nothing that is part of a name', () => {
    const names = ['Takhar province', 'Idlib governorate', 'Dushanbe independent city', 'Orange Free State province', 'Ariha district'];
    expect(names.map(areaName)).to.deep.equal(['Takhar', 'Idlib', 'Dushanbe', 'Orange Free State', 'Ariha']);
    for (const name of ['Gaza Strip', 'West Bank', 'Distrito Federal', 'Azad Jammu & Kashmir', 'province']) expect(areaName(name)).to.equal(name);
  });

  it('reads the GED version from a file name', () => {
    expect(gedVersionFromFileName('ucdp-ged-23.1-sample-1000.csv')).to.equal('23.1');
    expect(gedVersionFromFileName('GEDEvent_v23_1.csv')).to.equal('23.1');
    expect(gedVersionFromFileName('ged 22.1.csv')).to.equal('22.1');
    expect(gedVersionFromFileName('events.csv')).to.equal(undefined);
  });
});

describe('the lists that follow the incidents', () => {
  it('declares each category once, its parent first', () => {
    const categories = new CategoryCatalogue();
    expect(categories.use('Armed clash', 'Battles')).to.equal('armed-clash');
    expect(categories.use('Attack', 'Violence against civilians')).to.equal('attack');
    expect(categories.use('Armed clash', 'Battles')).to.equal('armed-clash');
    expect(categories.use('One-sided violence', '', 'one-sided')).to.equal('one-sided');
    expect(categories.list()).to.deep.equal([
      {id: 'battles', label: 'Battles'},
      {id: 'armed-clash', label: 'Armed clash', parent: 'battles'},
      {id: 'violence-against-civilians', label: 'Violence against civilians'},
      {id: 'attack', label: 'Attack', parent: 'violence-against-civilians'},
      {id: 'one-sided', label: 'One-sided violence'},
    ]);
  });

  it('gives each outlet its own source id, even when two names share a slug or none can be made', () => {
    const sources = new SourceCatalogue([{id: 'acled', publisher: 'ACLED'}]);
    const ids = ['Dawn', 'DAWN', 'Dawn', 'Радио Озоди'].map((name) => sources.idOf(name));
    expect(ids.slice(0, 3)).to.deep.equal(['src-dawn', 'src-dawn-2', 'src-dawn']);
    expect(ids[3]).to.match(/^src-[0-9a-f]{8}$/);
    expect(sources.list().map((source) => source.publisher)).to.deep.equal(['ACLED', 'Dawn', 'DAWN', 'Радио Озоди']);
  });
});

describe('FeedWriter', () => {
  it('writes the incidents as they come, between the fields that open and close the feed', async () => {
    const pieces: string[] = [];
    const writer = new FeedWriter((text) => void pieces.push(text));
    await writer.begin({version: '1.1', title: undefined, attribution: 'Data: X'});
    await writer.incident({id: 'a'});
    await writer.incident({id: 'b'});
    await writer.end({sources: [{id: 's', publisher: 'S'}], region: {name: 'R', timeZone: 'UTC'}});
    const text = pieces.join('');
    expect(JSON.parse(text)).to.deep.equal({
      version: '1.1',
      attribution: 'Data: X',
      incidents: [{id: 'a'}, {id: 'b'}],
      sources: [{id: 's', publisher: 'S'}],
      region: {name: 'R', timeZone: 'UTC'},
    });
    expect(text.split('\n').filter((line) => line.startsWith('    {"id":'))).to.deep.equal([
      '    {"id":"a"},',
      '    {"id":"b"}',
      '    {"id":"s","publisher":"S"}',
    ]);
    expect(writer.incidents).to.equal(2);
  });

  it('writes an empty list of incidents as valid JSON', async () => {
    let text = '';
    const writer = new FeedWriter((piece) => void (text += piece));
    await writer.begin({version: '1.1'});
    await writer.end({categories: []});
    expect(JSON.parse(text)).to.deep.equal({version: '1.1', incidents: [], categories: []});
  });
});

describe('row problems', () => {
  it('say the row, the line when it differs, the column, the value and what was left out', () => {
    expect(describeProblem({row: 17, line: 17, column: 'event_date', value: '2022-13-01', issue: 'is not a date', dropped: 'row'})).to.equal(
      'row 17, column event_date: "2022-13-01" is not a date; the row was left out',
    );
    expect(
      describeProblem({
        row: 4,
        line: 6,
        column: 'latitude',
        value: 'north',
        issue: 'is not a latitude',
        dropped: 'value',
        what: 'the position',
        keptUnder: 'acled',
      }),
    ).to.equal(
      'row 4 (line 6), column latitude: "north" is not a latitude; the position was left out, the rest of the row kept (its text is kept under "acled")',
    );
  });

  it('quote a value so that it cannot disguise itself on a terminal', () => {
    expect(quoteForTerminal('a\u001b[31mred\u202ecba')).to.equal('"a\\u001b[31mred\\u202ecba"');
    expect(quoteForTerminal('x'.repeat(100))).to.equal(`"${'x'.repeat(80)}…"`);
  });
});
