import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {MAX_HASH_LENGTH, normaliseViewState, readViewHash, writeViewHash, type ViewState} from '../../src/model/view-hash.js';

const KEY = 'border';

/** What reading a fragment for KEY gives. */
const read = (hash: string) => readViewHash(hash, KEY);

describe('readViewHash', () => {
  it('reads every setting of its key', () => {
    const hash =
      '#st.border.start=2024-09-01&st.border.end=2024-10-15T18:00:00Z&st.border.categories=attack,clash' +
      '&st.border.statuses=confirmed,reported&st.border.minLevel=high&st.border.lanes=Khorog,Takhar%2C%20north' +
      '&st.border.actors=Jamaat%20Ansarullah&st.border.query=%DA%A9%D8%A7%D8%A8%D9%84%20attack&st.border.selected=recon-ai-khanum-post&st.border.groupBy=location' +
      '&st.border.laneOrder=fatalities&st.border.sizeBy=fatalities';
    expect(read(hash)).to.deep.equal({
      state: {
        start: '2024-09-01',
        end: '2024-10-15T18:00:00Z',
        categories: ['attack', 'clash'],
        statuses: ['confirmed', 'reported'],
        minLevel: 'high',
        lanes: ['Khorog', 'Takhar, north'],
        actors: ['Jamaat Ansarullah'],
        query: 'کابل attack',
        selected: 'recon-ai-khanum-post',
        groupBy: 'location',
        laneOrder: 'fatalities',
        sizeBy: 'fatalities',
      },
      problems: [],
    });
  });

  it('reads a fragment with or without its #, and nothing from an empty one', () => {
    expect(read('st.border.start=2024-09-01').state).to.deep.equal({start: '2024-09-01'});
    expect(read('')).to.deep.equal({state: {}, problems: []});
    expect(read('#')).to.deep.equal({state: {}, problems: []});
  });

  it('keeps two timelines of one page apart, and passes over other parts of the fragment', () => {
    const hash = '#section-2&st.border.start=2024-09-01&st.other.start=2023-01-01&st.other.bogus=1&st.bord.end=x&foo=bar&&st.border';
    expect(read(hash)).to.deep.equal({state: {start: '2024-09-01'}, problems: []});
    expect(readViewHash(hash, 'other').state).to.deep.equal({start: '2023-01-01'});
    // A key with a dot is encoded, so that it cannot be read as a shorter key's setting.
    const dotted = writeViewHash('', 'a.b', {start: '2024-09-01'});
    expect(dotted).to.equal('#st.a%2Eb.start=2024-09-01');
    expect(readViewHash(dotted, 'a')).to.deep.equal({state: {}, problems: []});
    expect(readViewHash(dotted, 'a.b').state).to.deep.equal({start: '2024-09-01'});
  });

  it('ignores malformed percent-encoding, saying where, and keeps the rest', () => {
    const {state, problems} = read('#st.border.query=%E0%A4%A&st.border.lanes=Khorog,%FF,Panj&st.border.start=2024-09-01');
    expect(state).to.deep.equal({lanes: ['Khorog', 'Panj'], start: '2024-09-01'});
    expect(problems).to.have.length(2);
    expect(problems[0]).to.match(/^st\.border\.query: "%E0%A4%A" ignored: malformed percent-encoding/);
    expect(problems[1]).to.match(/^st\.border\.lanes: "%FF" ignored: malformed percent-encoding/);
  });

  it('ignores dates that are not ISO 8601, not real, or out of order', () => {
    for (const [start, why] of [
      ['September%201', /expected an ISO 8601 date/],
      ['2024-W38', /expected an ISO 8601 date/],
      ['2024-02-30', /not a real date \(2024-02 has 29 days, not 30\)/],
      ['2024-13-01', /not a real date \(there is no month 13\)/],
      ['2024-09-01T25:00', /expected an ISO 8601 date/],
    ] as const) {
      const {state, problems} = read(`#st.border.start=${start}&st.border.end=2024-10-15`);
      expect(state, start).to.deep.equal({end: '2024-10-15'});
      expect(problems, start).to.have.length(1);
      expect(problems[0], start)
        .to.match(/^st\.border\.start: /)
        .and.match(why);
    }
    const reversed = read('#st.border.start=2024-10-15&st.border.end=2024-09-01&st.border.groupBy=actor');
    expect(reversed.state).to.deep.equal({groupBy: 'actor'});
    expect(reversed.problems).to.deep.equal(['st.border.start, st.border.end: "2024-10-15" to "2024-09-01" ignored: the end is not after the start']);
    // A date-only end counts to the end of its day, as the element's own `end` does.
    expect(read('#st.border.start=2024-09-01&st.border.end=2024-09-01').state).to.deep.equal({start: '2024-09-01', end: '2024-09-01'});
  });

  it('ignores unknown settings and values, __proto__ among them, without touching any prototype', () => {
    const {state, problems} = read(
      '#st.border.__proto__=x&st.border.constructor=y&st.border.colour=red&st.border.groupBy=planet&st.border.laneOrder=loudest&st.border.statuses=confirmed,rumoured' +
        '&st.border.minLevel=%3Cscript%3E&st.border.categories=Attack,clash&st.border.selected=../../etc&st.border.start',
    );
    expect(state).to.deep.equal({statuses: ['confirmed'], categories: ['clash']});
    expect(Object.getPrototypeOf(state)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
    expect(problems).to.deep.equal([
      'st.border.__proto__: ignored: not a view setting (the settings are start, end, groupBy, laneOrder, sizeBy, minLevel, categories, statuses, lanes, actors, query, selected)',
      'st.border.constructor: ignored: not a view setting (the settings are start, end, groupBy, laneOrder, sizeBy, minLevel, categories, statuses, lanes, actors, query, selected)',
      'st.border.colour: ignored: not a view setting (the settings are start, end, groupBy, laneOrder, sizeBy, minLevel, categories, statuses, lanes, actors, query, selected)',
      'st.border.groupBy: "planet" ignored: expected one of none, location, admin2, admin1, country, actor, category',
      'st.border.laneOrder: "loudest" ignored: expected one of count, fatalities, name, first',
      'st.border.statuses: entry "rumoured" ignored: expected one of confirmed, reported, expected, denied',
      'st.border.minLevel: "<script>" ignored: expected an id of letters, digits and . _ : - (at most 128)',
      'st.border.categories: entry "Attack" ignored: expected a category id of lower-case words joined by hyphens',
      'st.border.selected: "../../etc" ignored: expected an id of letters, digits and . _ : - (at most 128)',
      'st.border.start: ignored: no value (expected start=…)',
    ]);
  });

  it('quotes a name that could garble the problem', () => {
    const {problems} = read(`#st.border.a\u0000b=1&st.border.${'n'.repeat(80)}=1`);
    expect(problems[0]).to.match(/^st\.border\."a\\u0000b": ignored: not a view setting/);
    expect(problems[1]).to.match(/^st\.border\."n+…": ignored/);
  });

  it('ignores control characters, escaping them in the problem', () => {
    const {state, problems} = read('#st.border.query=a%00b&st.border.actors=Taliban,x%1B%5B31m,%0D%0A&st.border.lanes=%E2%80%8Fok');
    expect(state).to.deep.equal({actors: ['Taliban'], lanes: ['\u200Fok']});
    expect(problems).to.deep.equal([
      'st.border.query: "a\\u0000b" ignored: it holds control characters',
      'st.border.actors: entry "x\\u001b[31m" ignored: it holds control characters',
      'st.border.actors: entry "\\r\\n" ignored: it holds control characters',
    ]);
  });

  it('caps the fragment, each value and each list', () => {
    const huge = read(`#st.border.start=2024-09-01&x=${'a'.repeat(MAX_HASH_LENGTH)}`);
    expect(huge.state).to.deep.equal({});
    expect(huge.problems).to.have.length(1);
    expect(huge.problems[0]).to.match(/^fragment: ignored: \d+ characters long, more than the 32768/);
    const longValue = read(`#st.border.query=${'%41'.repeat(2_000)}&st.border.groupBy=country`);
    expect(longValue.state).to.deep.equal({groupBy: 'country'});
    expect(longValue.problems[0]).to.equal('st.border.query: ignored: 6000 characters long, more than 4096');
    const longQuery = read(`#st.border.query=${'q'.repeat(201)}`);
    expect(longQuery.problems[0]).to.match(/^st\.border\.query: "q+…" ignored: longer than 200 characters$/);
    const many = read(`#st.border.lanes=${Array.from({length: 150}, (_, i) => `l${i}`).join(',')}`);
    expect(many.state.lanes).to.have.length(100);
    expect(many.problems).to.deep.equal(['st.border.lanes: entries after the first 100 ignored: a list holds at most 100']);
  });

  it('uses the first of a repeated setting', () => {
    const {state, problems} = read('#st.border.groupBy=actor&st.border.groupBy=country');
    expect(state).to.deep.equal({groupBy: 'actor'});
    expect(problems).to.deep.equal(['st.border.groupBy: repeated: ignored, the first groupBy is used']);
  });

  it('needs a key', () => {
    expect(readViewHash('#st..start=2024-09-01', '')).to.deep.equal({
      state: {},
      problems: ['view key: ignored: an element needs a non-empty key (its id) to keep its view in the URL'],
    });
    expect(writeViewHash('#a', '', {start: '2024-09-01'})).to.equal('#a');
  });

  it('never throws, whatever the fragment', () => {
    const piece = fc.oneof(
      fc.string({unit: 'binary', maxLength: 20}),
      fc.constantFrom(
        '%',
        '%E0%A4%A',
        '%FF',
        '%C0%AF',
        '%ED%A0%80',
        '__proto__',
        'constructor',
        '=',
        '&',
        ',',
        '#',
        'st.border.',
        'st.border.start=',
      ),
      fc.constantFrom(
        ...['start', 'end', 'categories', 'statuses', 'minLevel', 'lanes', 'actors', 'query', 'selected', 'groupBy', 'laneOrder', 'sizeBy'].map(
          (s) => `st.${KEY}.${s}=`,
        ),
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 12}), fc.string({maxLength: 8}), (pieces, key) => {
        const hash = pieces.join('');
        for (const k of [KEY, key]) {
          const {state, problems} = readViewHash(hash, k);
          expect(state).to.be.an('object');
          for (const problem of problems) expect(problem).to.be.a('string');
          // Whatever was read is a view that writes and reads back as it is.
          expect(readViewHash(writeViewHash(hash, k, state), k).state).to.deep.equal(k ? state : {});
        }
      }),
      {numRuns: 300},
    );
  });
});

describe('writeViewHash', () => {
  it('writes a readable fragment, times and all', () => {
    const state: ViewState = {
      start: '2024-09-01T00:00:00.000Z',
      end: '2024-10-15',
      statuses: ['confirmed', 'reported'],
      lanes: ['Takhar, north', 'Khorog'],
      query: 'a&b=c #d',
    };
    expect(writeViewHash('', KEY, state)).to.equal(
      '#st.border.start=2024-09-01T00:00:00.000Z&st.border.end=2024-10-15&st.border.statuses=confirmed,reported' +
        '&st.border.lanes=Takhar%2C%20north,Khorog&st.border.query=a%26b%3Dc%20%23d',
    );
  });

  it('keeps every other part of the fragment, in place', () => {
    const before = '#section-2&st.other.start=2023-01-01&st.border.start=2024-01-01&st.border.bogus=%zz&tab=2&&';
    const after = writeViewHash(before, KEY, {groupBy: 'country'});
    expect(after).to.equal('#section-2&st.other.start=2023-01-01&st.border.groupBy=country&tab=2&&');
    expect(writeViewHash('#section-2', KEY, {groupBy: 'actor'})).to.equal('#section-2&st.border.groupBy=actor');
    expect(readViewHash(after, 'other').state).to.deep.equal({start: '2023-01-01'});
  });

  it('removes its key’s view for null or an empty view', () => {
    expect(writeViewHash('#section-2&st.border.start=2024-01-01', KEY, null)).to.equal('#section-2');
    expect(writeViewHash('st.border.start=2024-01-01', KEY, {})).to.equal('');
    expect(writeViewHash('', KEY, {lanes: [], query: ''})).to.equal('');
  });

  it('leaves out what would not read back, and says why', () => {
    const state = {start: 'yesterday', groupBy: 'actor', lanes: ['ok', 'bad\u0007'], statuses: 'confirmed'} as unknown as ViewState;
    expect(readViewHash(writeViewHash('', KEY, state), KEY).state).to.deep.equal({groupBy: 'actor', lanes: ['ok']});
    expect(normaliseViewState(state, KEY).problems).to.deep.equal([
      'st.border.start: "yesterday" ignored: expected an ISO 8601 date or date-time such as 2024-09-01 or 2024-09-01T14:30:00Z',
      'st.border.statuses: ignored: expected a list of strings',
      'st.border.lanes: entry "bad\\u0007" ignored: it holds control characters',
    ]);
  });

  it('round-trips any view through the fragment, next to another timeline’s', () => {
    const text = fc.string({unit: 'grapheme', minLength: 1, maxLength: 30});
    const date = fc
      .date({min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true})
      .chain((day) => fc.constantFrom(day.toISOString(), day.toISOString().slice(0, 10), day.toISOString().slice(0, 16) + 'Z'));
    const state = fc.record(
      {
        start: date,
        end: date,
        categories: fc.array(fc.constantFrom('attack', 'clash', 'security-measure'), {minLength: 1}),
        statuses: fc.array(fc.constantFrom('confirmed', 'reported', 'expected', 'denied'), {minLength: 1}),
        minLevel: fc.constantFrom('low', 'high', 'level.3'),
        lanes: fc.array(text, {minLength: 1, maxLength: 5}),
        actors: fc.array(text, {minLength: 1, maxLength: 5}),
        query: text,
        selected: fc.constantFrom('recon-ai-khanum-post', 'a:b.c_d'),
        groupBy: fc.constantFrom('none', 'location', 'actor'),
      },
      {requiredKeys: []},
    );
    fc.assert(
      fc.property(state, state, fc.constantFrom('', '#section-2', '#a=1&b'), (mine, theirs, around) => {
        const expected = normaliseViewState(mine, KEY).state;
        const hash = writeViewHash(writeViewHash(around, 'other', theirs), KEY, mine);
        expect(readViewHash(hash, KEY)).to.deep.equal({state: expected, problems: []});
        expect(readViewHash(hash, 'other').state).to.deep.equal(normaliseViewState(theirs, 'other').state);
        if (around) expect(hash.startsWith(around)).to.equal(true);
        // Writing what was read changes nothing.
        expect(writeViewHash(hash, KEY, readViewHash(hash, KEY).state)).to.equal(hash);
      }),
      {numRuns: 300},
    );
  });
});
