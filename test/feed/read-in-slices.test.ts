/**
 * Reading a feed in slices (`readFeedTextInSlices`, `validateFeedInSlices`, as the element reads)
 * gives exactly what reading it at once gives (`readFeedText`, `validateFeed`, as pages and the
 * command line read): the same feed, the same problems in the same order. Every case is read with
 * slices of 0 ms, so that the reading pauses at every point where it may.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {findExcessiveNesting, readFeedText, readFeedTextInSlices, scanNesting, startReadingFeedText} from '../../src/feed/guard.js';
import {parseJsonInSlices, type ListSpan} from '../../src/feed/parse-in-slices.js';
import {parseJson} from '../../src/feed/parse-json.js';
import {finish, inSlices} from '../../src/feed/slices.js';
import {startValidatingFeed, validateFeed, validateFeedInSlices} from '../../src/feed/validate.js';
import {tagOrigin} from '../../src/feed/origin.js';
import {tagOriginInSlices} from '../../src/feed/read.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';
import {loadCorpus} from '../fixtures/bad-feeds/corpus.js';

const PAUSE_EVERYWHERE = {sliceMs: 0};

const seedText = await (await fetch('/data/tajik-afghan-border-2024.json')).text();
const corpus = await loadCorpus();

/**
 * A synthetic feed of `incidents` incidents as exports of conflict data give them (long summaries,
 * actors with sides, fatality estimates, districts), every 50th with problems of its own: a date
 * that does not exist, a fatality estimate above the best one, a source the feed does not list,
 * an id used before, a lone latitude, a missing title.
 */
function realisticFeed(incidents: number): Record<string, unknown> {
  const document = syntheticFeed({incidents, alerts: 40, seed: 7, timeZone: 'Asia/Dushanbe'}) as unknown as Record<string, unknown>;
  document.version = '1.1';
  const list = document.incidents as Array<Record<string, unknown>>;
  list.forEach((incident, i) => {
    incident.summary = `${'Armed men were reported near the crossing; local officials confirmed an exchange of fire. '.repeat(2 + (i % 4))}#${i}`;
    incident.actors = [
      {name: 'Valley Brigade', role: 'side-a'},
      {name: 'Border Guard', role: 'side-b'},
      ...(i % 3 === 0 ? [{name: 'Steppe Militia', role: 'associated', with: 'Valley Brigade'}] : []),
    ];
    incident.fatalities = {best: i % 7, low: Math.max(0, (i % 7) - 1), high: (i % 7) + 2};
    (incident.location as Record<string, unknown>).admin2 = `District ${i % 5}`;
    if (i % 50 !== 49) return;
    const problem = ((i / 50) % 6) | 0;
    if (problem === 0) incident.when = '2023-02-30';
    if (problem === 1) incident.fatalities = {best: 2, low: 5, high: 1};
    if (problem === 2) incident.sources = ['src-404'];
    if (problem === 3) incident.id = 'inc-1';
    if (problem === 4) incident.location = {name: 'Somewhere', latitude: 38.5};
    if (problem === 5) delete incident.title;
  });
  return document;
}

describe('reading in slices', () => {
  it('reads the seed feed as reading it at once does', async () => {
    const sliced = await readFeedTextInSlices(seedText, PAUSE_EVERYWHERE);
    expect(sliced).to.deep.equal(readFeedText(seedText));
    expect(sliced.result.feed!.incidents.length).to.be.greaterThan(0);
  });

  for (const c of corpus) {
    it(`reads the bad feed ${c.name} as reading it at once does, problems in the same order`, async () => {
      const text = c.text ?? JSON.stringify(c.document);
      expect(await readFeedTextInSlices(text, PAUSE_EVERYWHERE)).to.deep.equal(readFeedText(text));
      if (c.document !== undefined) expect(await validateFeedInSlices(c.document, PAUSE_EVERYWHERE)).to.deep.equal(validateFeed(c.document));
    });
  }

  it('reads a synthetic feed of 3,000 incidents with problems as reading it at once does', async () => {
    const document = realisticFeed(3000);
    const text = JSON.stringify(document);
    const atOnce = readFeedText(text);
    expect(atOnce.result.problems.length).to.be.at.least(60);
    expect(await readFeedTextInSlices(text, PAUSE_EVERYWHERE)).to.deep.equal(atOnce);
    expect(await validateFeedInSlices(document, PAUSE_EVERYWHERE)).to.deep.equal(validateFeed(document));
  });

  it('reads the same when the feed lists its incidents out of time order', async () => {
    const document = realisticFeed(1000);
    (document.incidents as unknown[]).reverse();
    expect(await validateFeedInSlices(document, PAUSE_EVERYWHERE)).to.deep.equal(validateFeed(document));
  });

  it('reads a small feed within its first slice, so that it is there at once', () => {
    const started = startReadingFeedText(seedText);
    expect(started.done).to.equal(true);
    if (started.done) expect(started.value).to.deep.equal(readFeedText(seedText));
  });

  it('gives a large feed more than one slice, and the page its turn between them', async () => {
    // Far more than a frame's worth of work on any machine.
    const document = syntheticFeed({incidents: 30_000, seed: 3});
    const started = startValidatingFeed(document);
    expect(started.done).to.equal(false);
    let between = false;
    // A frame drawn and a task of the page run while the reading is under way.
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    setTimeout(() => (between = true));
    const result = started.done ? started.value : await started.promise;
    expect(framed, 'a frame was drawn').to.equal(true);
    expect(between, "the page's own task ran").to.equal(true);
    expect(result.feed!.incidents).to.have.length(30_000);
  });

  it('stops when its signal is aborted, rejecting with the reason', async () => {
    const abort = new AbortController();
    const reading = readFeedTextInSlices(JSON.stringify(realisticFeed(2000)), {signal: abort.signal, sliceMs: 0});
    const reason = new DOMException('A newer feed replaced this one.', 'AbortError');
    abort.abort(reason);
    let caught: unknown;
    await reading.catch((error: unknown) => (caught = error));
    expect(caught).to.equal(reason);
  });

  it('does not start when its signal is aborted already', async () => {
    const abort = new AbortController();
    abort.abort();
    let caught: unknown;
    await validateFeedInSlices({version: '1.0'}, {signal: abort.signal}).catch((error: unknown) => (caught = error));
    expect(caught).to.equal(abort.signal.reason);
  });
});

describe('tagging the items of a feed with its URL', () => {
  const url = 'https://example.org/feeds/border.json';

  it('tags in slices as at once', async () => {
    const document = realisticFeed(1000);
    const atOnce = validateFeed(document).feed!;
    const sliced = validateFeed(document).feed!;
    tagOrigin(atOnce, url);
    await tagOriginInSlices(sliced, url, PAUSE_EVERYWHERE);
    expect(sliced).to.deep.equal(atOnce);
    expect(new Set([...sliced.alerts, ...sliced.incidents, ...sliced.sources].map((item) => item.origin))).to.deep.equal(new Set([url]));
  });

  it('tags a feed once for its URL, and again for another', () => {
    const feed = validateFeed(realisticFeed(200)).feed!;
    tagOrigin(feed, url);
    // Tagged already: not walked again.
    delete feed.incidents[0].origin;
    tagOrigin(feed, url);
    expect(feed.incidents[0].origin).to.equal(undefined);
    tagOrigin(feed, 'https://example.org/other.json');
    expect(new Set(feed.incidents.map((incident) => incident.origin))).to.deep.equal(new Set(['https://example.org/other.json']));
  });
});

describe('parsing the entries of a document one by one', () => {
  /** What parsing `text` in slices gives, with the lists its nesting scan found. */
  const parsedInSlices = async (text: string) => {
    const lists: ListSpan[] = [];
    finish(scanNesting(text, 64, lists));
    return inSlices(parseJsonInSlices(text, lists), PAUSE_EVERYWHERE);
  };

  const TRICKY = [
    '{"incidents": [1, 2, 3], "incidents": [4]}',
    '{"incidents": [1], "incidents": 5}',
    '{"incidents": 5, "incidents": [{"id": "a"}]}',
    '{"__proto__": [1, {"polluted": true}], "constructor": [], "prototype": [[]]}',
    '\ufeff{"alerts": [ {"id": "a"} , {"id": "b"} ]}',
    '{"sources": [ ], "alerts": [\n\t], "incidents": []}',
    '{"incidents": ["[not, a, list]", "\\"],[", "\\\\", {"t": "a \\" quote"}]}',
    '{"in\\u0063idents": [1, 2], "a": {"b": [3, 4]}, "c": [[5, 6], [7]]}',
    '{"incidents": [1, 2, 3] }   \n',
    '[1, 2, [3, 4]]',
    '"just a string"',
    '{"incidents": [1,, 2]}',
    '{"incidents": [1, 2,]}',
    '{"incidents": [1 2]}',
    '{"incidents": [{"a": 1]}]}',
    '{"incidents": [1, 2]} trailing',
    '{"incidents": [1, 2], }',
    '{"incidents": ["unterminated]}',
    '{"incidents": [1, 2]',
    '',
    '   ',
  ];
  for (const text of TRICKY) {
    it(`parses ${JSON.stringify(text)} as JSON.parse does`, async () => {
      expect(await parsedInSlices(text)).to.deep.equal(parseJson(text));
    });
  }

  it('parses any document as JSON.parse does, and any text that is not JSON with the same error', async () => {
    const documents = fc.dictionary(
      fc.string({maxLength: 8}),
      fc.oneof(fc.array(fc.jsonValue({maxDepth: 3}), {maxLength: 6}), fc.jsonValue({maxDepth: 2})),
      {
        maxKeys: 5,
      },
    );
    // Some documents spaced out, some cut or with a character changed.
    const texts = fc
      .tuple(
        documents,
        fc.constantFrom(undefined, 1, '\t'),
        fc.nat(),
        fc.constantFrom('keep', 'cut', 'change'),
        fc.constantFrom(',', ']', '[', '"', '}', ' '),
      )
      .map(([document, space, at, edit, character]) => {
        const text = JSON.stringify(document, null, space);
        const where = text.length ? at % text.length : 0;
        if (edit === 'cut') return text.slice(0, where);
        if (edit === 'change') return text.slice(0, where) + character + text.slice(where + 1);
        return text;
      });
    await fc.assert(
      fc.asyncProperty(texts, async (text) => {
        expect(await parsedInSlices(text)).to.deep.equal(parseJson(text));
      }),
      {numRuns: 300},
    );
  });

  it('finds the same excessive nesting as before, with or without the lists', () => {
    const text = `{"incidents": [{"a": ${'['.repeat(70)}${']'.repeat(70)}}]}`;
    const lists: ListSpan[] = [];
    expect(finish(scanNesting(text, 64, lists))).to.deep.equal(findExcessiveNesting(text));
    expect(findExcessiveNesting(text)).to.deep.equal({pointer: `/incidents/0/a${'/0'.repeat(61)}`, offset: 21 + 61});
  });
});
