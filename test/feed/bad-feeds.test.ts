import {expect} from '@open-wc/testing';
import {readFeed, validateFeed} from '../../src/feed/validate.js';
import {MAX_ITEMS_PER_LIST} from '../../src/feed/schema.js';
import type {Feed, FeedProblem, ValidationResult} from '../../src/feed/types.js';
import {loadCorpus, type BadFeedCase, type ExpectedProblem} from '../fixtures/bad-feeds/corpus.js';
import {accountingViolations, pointerViolations, timeViolations} from './feed-invariants.js';

const corpus = await loadCorpus();
const byName = new Map(corpus.map((c) => [c.name, c]));
const iso = (ms: number) => new Date(ms).toISOString();

const outcomes = new Map<string, ValidationResult>();
/** The outcome of a case, computed once. */
function outcome(c: BadFeedCase): ValidationResult {
  let result = outcomes.get(c.name);
  if (!result) {
    result = c.text !== undefined ? readFeed(c.text) : validateFeed(c.document);
    outcomes.set(c.name, result);
  }
  return result;
}
function feedOf(name: string): Feed {
  const result = outcome(byName.get(name)!);
  expect(result.feed, `${name} is read`).to.not.equal(null);
  return result.feed!;
}

/** The actual problems, with the fields each expected problem names. */
const comparable = (actual: FeedProblem[], expected: ExpectedProblem[]) =>
  actual.map((problem, i) => {
    const wanted = expected[i] ?? {message: ''};
    const shown: Partial<FeedProblem> = {pointer: problem.pointer, expected: problem.expected, dropped: problem.dropped};
    if (wanted.found !== undefined || expected[i] === undefined) shown.found = problem.found;
    if (wanted.message !== undefined) shown.message = problem.message;
    return shown;
  });

describe('bad feeds', () => {
  it('make a corpus of at least 35 cases with unique names', () => {
    expect(corpus.length).to.be.at.least(35);
    expect(byName.size).to.equal(corpus.length);
  });

  for (const c of corpus) {
    describe(`${c.name}: ${c.title}`, () => {
      it('reports exactly the expected problems, in order', () => {
        const {problems} = outcome(c);
        expect(comparable(problems, c.problems)).to.deep.equal(c.problems);
      });

      if (c.survivors === null) {
        it('refuses the whole feed', () => {
          expect(outcome(c).feed).to.equal(null);
        });
      } else {
        const survivors = c.survivors;
        it('lets exactly the expected items through', () => {
          const feed = outcome(c).feed;
          expect(feed).to.not.equal(null);
          const actual: Record<string, string[]> = {};
          if (survivors.levels) actual.levels = feed!.levels.map((level) => level.id);
          if (survivors.sources) actual.sources = feed!.sources.map((source) => source.id);
          actual.alerts = feed!.alerts.map((alert) => alert.id);
          actual.incidents = feed!.incidents.map((incident) => incident.id);
          expect(actual).to.deep.equal(survivors);
        });
      }

      it('leaves nothing out without a problem pointing into it', () => {
        const result = outcome(c);
        const document = c.text !== undefined ? undefined : c.document;
        expect(accountingViolations(document, result)).to.deep.equal([]);
        expect(pointerViolations(document, result)).to.deep.equal([]);
        expect(timeViolations(result)).to.deep.equal([]);
      });

      if (c.syntaxError) {
        const {line, column} = c.syntaxError;
        it(`says the JSON breaks at line ${line}, column ${column}`, () => {
          const [problem] = outcome(c).problems;
          const match = /^(.+) at line (\d+), column (\d+)$/.exec(problem.found);
          expect(match, problem.found).to.not.equal(null);
          expect({line: Number(match![2]), column: Number(match![3])}).to.deep.equal({line, column});
          // The browser's reason, without its own offset: the line and column say where.
          expect(match![1]).to.not.match(/position|^\s*$/);
          expect(problem.message).to.equal(`The document: expected a JSON document, found ${problem.found}. The feed was not read.`);
        });
      } else if (!c.name.startsWith('list-over') && !c.name.startsWith('bad-value-in')) {
        it('has the same outcome when read from JSON text', () => {
          expect(readFeed(JSON.stringify(c.document))).to.deep.equal(outcome(c));
        });
      }
    });
  }

  describe('in detail', () => {
    it('never links a javascript:, data: or protocol-relative address, but keeps its text', () => {
      expect(feedOf('source-url-javascript').sources).to.deep.equal([{id: 'src-js', publisher: 'Evil', rejectedUrl: 'javascript:alert(1)'}]);
      const [data] = feedOf('source-url-data').sources;
      expect(data.url).to.equal(undefined);
      expect(data.rejectedUrl).to.equal('data:text/html,<script>alert(1)</script>');
      const [relative] = feedOf('source-url-protocol-relative').sources;
      expect(relative.url).to.equal(undefined);
      expect(relative.rejectedUrl).to.equal('//evil.example/news');
      const [unparseable] = feedOf('source-url-unparseable').sources;
      expect(unparseable.url).to.equal(undefined);
      expect(unparseable.rejectedUrl).to.equal('http://[::1/report');
    });

    it('links an HTTPS address written in capitals, normalised', () => {
      const [source] = feedOf('source-url-upper-case-scheme').sources;
      expect(source.url).to.equal('https://ok.example/report');
      expect(source.rejectedUrl).to.equal(undefined);
      expect(feedOf('source-url-upper-case-scheme').incidents[0].sources).to.deep.equal([source]);
    });

    it('cites the source that kept a refused link, and only sources that exist', () => {
      expect(feedOf('source-url-javascript').incidents[0].sources.map((s) => s.id)).to.deep.equal(['src-js']);
      expect(feedOf('dangling-source-reference').alerts[0].sources.map((s) => s.id)).to.deep.equal(['src-1']);
      expect(feedOf('dangling-source-reference').incidents[0].sources).to.deep.equal([]);
      expect(feedOf('duplicate-source-ids').incidents[0].sources.map((s) => s.publisher)).to.deep.equal(['First']);
    });

    it('counts a length limit in characters, a surrogate pair being one and a lone surrogate one', () => {
      const lengthProblems = (timeZone: string) =>
        validateFeed({version: '1.0', region: {name: 'Border', timeZone}}).problems.filter((p) => p.expected === 'at most 64 characters');
      const astral = '\u{1D54F}'; // two UTF-16 units, one character
      expect(lengthProblems(astral.repeat(64))).to.have.length(0);
      expect(lengthProblems(astral.repeat(65))).to.have.length(1);
      expect(lengthProblems('\uD835'.repeat(64))).to.have.length(0);
      expect(lengthProblems('\uD835'.repeat(65))).to.have.length(1);
      // A high surrogate before a pair: three units, two characters.
      expect(lengthProblems('\uD835' + astral.repeat(31) + 'a'.repeat(32))).to.have.length(0);
      expect(lengthProblems('\uD835' + astral.repeat(32) + 'a'.repeat(32))).to.have.length(1);
    });

    it('points at a refused value nested deep in an entry, through every list and field on the way', () => {
      const {problems} = validateFeed({
        version: '1.1',
        levels: [{id: 'high', label: 'High', rank: 1, labels: {'not a tag': 'x'}}],
        incidents: [
          {id: 'ok', when: '2024-09-24', title: 'T', category: 'attack', status: 'reported'},
          {
            id: 'deep',
            when: {date: '2024-09-24', sourcePrecision: {scheme: 'acled', code: 'one'}},
            title: 'T',
            category: 'attack',
            status: 'reported',
            actors: ['A', {name: 'B', role: 'side-c'}],
            location: {name: 'P', latitude: 91, longitude: 70},
            fatalities: {best: 2, low: -1},
          },
        ],
      });
      expect(problems.map((p) => p.pointer)).to.include.members([
        '/levels/0/labels',
        '/incidents/1/when/sourcePrecision/code',
        '/incidents/1/actors/1/role',
        '/incidents/1/location/latitude',
        '/incidents/1/fatalities/low',
      ]);
      expect(problems.every((p) => !p.pointer.startsWith('/incidents/0'))).to.equal(true);
    });

    it('reports a value that breaks one rule once, though the schema checks it in two places', () => {
      const {problems} = validateFeed({
        version: '1.0',
        incidents: [{id: 'i', when: {earliest: '2024-13'}, title: 'T', category: 'attack', status: 'reported'}],
      });
      expect(problems.map((p) => p.pointer)).to.deep.equal(['/incidents/0/when/earliest', '/incidents/0/when']);
    });

    it('gives incidents dated the same one time, and each spelling its own', () => {
      const incident = (id: string, when: unknown) => ({id, when, title: 'T', category: 'attack', status: 'reported'});
      const {feed} = validateFeed({
        version: '1.0',
        region: {name: 'Border', timeZone: 'Asia/Dushanbe'},
        incidents: [incident('a', '2024-09-24'), incident('b', '2024-09-24'), incident('c', '2024-09'), incident('d', {date: '2024-09-24'})],
      });
      const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => feed!.incidents.find((i) => i.id === id)!);
      expect(a.time).to.equal(b.time);
      expect(iso(a.time.earliest)).to.equal('2024-09-23T19:00:00.000Z');
      expect(c.time).to.not.equal(a.time);
      expect(iso(c.time.earliest)).to.equal('2024-08-31T19:00:00.000Z');
      expect(d.time).to.deep.equal(a.time);
    });

    it('keeps an alert of an unknown level, marked unknown and ranked lowest', () => {
      const [alert] = feedOf('alert-unknown-level').alerts;
      expect(alert.level).to.deep.equal({id: 'severe', label: 'severe', rank: 0, known: false});
    });

    it('covers the whole day when a date-only end equals the start', () => {
      const [alert] = feedOf('alert-date-only-end-equal-to-start').alerts;
      expect([iso(alert.start), iso(alert.end)]).to.deep.equal(['2024-09-24T00:00:00.000Z', '2024-09-25T00:00:00.000Z']);
    });

    it('reads dates in UTC when the region time zone is unknown', () => {
      const feed = feedOf('region-time-zone-unknown');
      expect(feed.timeZone).to.equal('UTC');
      expect(feed.region).to.deep.equal({id: undefined, name: 'Border', timeZone: 'UTC'});
      expect(iso(feed.incidents[0].time.earliest)).to.equal('2024-09-20T00:00:00.000Z');
    });

    it('still reads dates in the time zone of a region left out for having no name', () => {
      const incident = {id: 'i', when: '2024-09-24', title: 'T', category: 'attack', status: 'reported'};
      const {feed, problems} = validateFeed({version: '1.0', region: {timeZone: 'Asia/Dushanbe'}, incidents: [incident]});
      expect(feed!.region).to.equal(undefined);
      expect(feed!.timeZone).to.equal('Asia/Dushanbe');
      expect(iso(feed!.incidents[0].time.earliest)).to.equal('2024-09-23T19:00:00.000Z');
      expect(problems.map((p) => p.pointer)).to.deep.equal(['/region/name']);
      // An unknown zone there is reported once, and dates are read in UTC.
      const unknown = validateFeed({version: '1.0', region: {timeZone: 'Mars/Olympus'}, incidents: [incident]});
      expect(unknown.feed!.timeZone).to.equal('UTC');
      expect(unknown.problems.map((p) => p.pointer)).to.deep.equal(['/region/name', '/region/timeZone']);
      const tooLong = validateFeed({version: '1.0', region: {timeZone: 'A'.repeat(65)}, incidents: [incident]});
      expect(tooLong.problems.map((p) => p.pointer).sort()).to.deep.equal(['/region/name', '/region/timeZone']);
    });

    it('drops a coordinate out of range and keeps the place', () => {
      expect(feedOf('incident-latitude-out-of-range').incidents[0].location).to.deep.equal({name: 'Nawabad'});
    });

    it('drops only the bad entries of areas, actors, measures and cited sources', () => {
      const twoBad = feedOf('measure-with-two-bad-fields').alerts[0];
      expect(twoBad.measures).to.deep.equal([
        {kind: 'patrols', text: 'Patrols'},
        {kind: 'closure', text: 'Crossing closed'},
      ]);
      const lists = feedOf('bad-entries-in-optional-lists');
      expect(lists.alerts[0].areas).to.deep.equal([{name: 'Takhar'}, {name: 'Badakhshan'}]);
      expect(lists.incidents[0].actors).to.deep.equal([{name: 'Taliban'}]);
      expect(lists.incidents[0].sources.map((s) => s.id)).to.deep.equal(['src-1']);
    });

    it('keeps the raw items as published, bad values included', () => {
      const twoBad = byName.get('measure-with-two-bad-fields')!.document as {alerts: unknown[]};
      expect(feedOf('measure-with-two-bad-fields').alerts[0].raw).to.equal(twoBad.alerts[0]);
      const severity = feedOf('incident-severity-out-of-range').incidents.find((i) => i.id === 'sev-6')!;
      expect(severity.severity).to.equal(undefined);
      expect(severity.raw.severity).to.equal(6);
    });

    it('keeps fields it does not know in raw, without a problem', () => {
      const feed = feedOf('unknown-fields-kept');
      expect(feed.alerts[0].raw.colour).to.equal('red');
      expect(feed.incidents[0].raw.casualtiesNote).to.equal('unclear');
      expect((feed.incidents[0].raw.location as {elevation: number}).elevation).to.equal(420);
      expect(feed.incidents[0].location).to.deep.equal({name: 'Nawabad'});
    });

    it('treats __proto__ and constructor keys as plain fields and pollutes no prototype', () => {
      const feed = feedOf('prototype-keys');
      const cleaned = feedOf('prototype-keys-in-cleaned-values');
      for (const name of ['prototype-keys', 'prototype-keys-in-cleaned-values']) readFeed(JSON.stringify(byName.get(name)!.document));
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(feed.incidents[0].raw)).to.equal(Object.prototype);
      expect(Object.hasOwn(feed.incidents[0].raw, 'constructor')).to.equal(true);
      expect(feed.sources).to.deep.equal([{id: 'constructor', publisher: 'News'}]);
      expect(feed.alerts[0].level.known).to.equal(false);
      expect(feed.incidents[0].time.precision).to.equal('day');
      expect(feed.incidents[0].location).to.deep.equal({name: 'Nawabad'});
      const incident = cleaned.incidents[0];
      expect(Object.hasOwn(incident.raw, '__proto__')).to.equal(true);
      expect(incident.severity).to.equal(undefined);
      expect(incident.location).to.deep.equal({name: 'Nawabad'});
      expect(Object.getPrototypeOf(incident.location)).to.equal(Object.prototype);
      expect(cleaned.title).to.equal(undefined);
    });

    it('keeps a date-only month when the precision asked for is finer', () => {
      const month = feedOf('when-precision-finer-than-date').incidents.find((i) => i.id === 'inc-month')!;
      expect(month.time.precision).to.equal('month');
      expect([iso(month.time.earliest), iso(month.time.latest)]).to.deep.equal(['2024-09-01T00:00:00.000Z', '2024-10-01T00:00:00.000Z']);
    });

    it('reads years before 100 as written, not as 19xx', () => {
      const feed = feedOf('years-before-100');
      const span = (id: string) => {
        const {time} = feed.incidents.find((i) => i.id === id)!;
        return [iso(time.earliest), iso(time.latest)];
      };
      expect(span('inc-99')).to.deep.equal(['0099-01-01T00:00:00.000Z', '0100-01-01T00:00:00.000Z']);
      expect(span('inc-0-leap')).to.deep.equal(['0000-02-29T00:00:00.000Z', '0000-03-01T00:00:00.000Z']);
      // 99 began on a Thursday, so it has 53 ISO weeks; the last starts on Monday 28 December.
      expect(span('inc-99-w53')).to.deep.equal(['0099-12-28T00:00:00.000Z', '0100-01-04T00:00:00.000Z']);
      expect([iso(feed.alerts[0].start), iso(feed.alerts[0].end)]).to.deep.equal(['0050-01-01T00:00:00.000Z', '0050-01-03T00:00:00.000Z']);
    });

    it('refuses an over-long list without reading a single entry of it', () => {
      const entries = new Array(MAX_ITEMS_PER_LIST + 1);
      const untouchable = new Proxy(entries, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) throw new Error(`entry ${key} was read`);
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      const {feed, problems} = validateFeed({version: '1.0', alerts: untouchable});
      expect(problems.map((p) => p.pointer)).to.deep.equal(['/alerts']);
      expect(feed!.alerts).to.deep.equal([]);
    });

    it('counts string length in characters, as JSON Schema does', () => {
      const astral = feedOf('strings-over-max-length').incidents.find((i) => i.id === 'inc-astral-title')!;
      expect(astral.title.length).to.equal(200_000);
    });

    it('keeps the level scale sorted by rank without the levels it left out', () => {
      expect(feedOf('level-problems').levels).to.deep.equal([
        {id: 'low', label: 'Low', rank: 1, color: undefined, known: true},
        {id: 'top', label: 'Top', rank: 9, color: undefined, known: true},
      ]);
    });
  });
});
