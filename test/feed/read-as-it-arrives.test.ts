/**
 * Reading a feed's text as it arrives (`readFeedTextAsItArrives`, as the element reads what it
 * fetches) gives exactly what reading the whole text gives (`readFeedText`): the same feed and the
 * same problems in the same order, wherever the text is cut into parts, even inside a string,
 * between a backslash and what it escapes, or in a character written as two UTF-16 units.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {readFeedText} from '../../src/feed/guard.js';
import {readFeedTextAsItArrives} from '../../src/feed/feed-arriving.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';
import {loadCorpus} from '../fixtures/bad-feeds/corpus.js';

const PAUSE_EVERYWHERE = {sliceMs: 0};

const seedText = await (await fetch('/data/tajik-afghan-border-2024.json')).text();
const corpus = await loadCorpus();

/** Counts the texts `JSON.parse` is given while `read` runs. */
async function countingParses<T>(read: () => Promise<T>): Promise<{value: T; parses: number}> {
  const parse = JSON.parse;
  let parses = 0;
  JSON.parse = (...args: Parameters<typeof JSON.parse>): unknown => {
    parses++;
    return parse(...args) as unknown;
  };
  try {
    return {value: await read(), parses};
  } finally {
    JSON.parse = parse;
  }
}

/**
 * Reads `text` given in the parts that end at `cuts` (offsets, in any order). With `followed`, also
 * checks that the parts were read as they came: once all are there, only the document's outline
 * is left to parse, not its entries again.
 */
async function readInParts(text: string, cuts: readonly number[], {followed = false} = {}) {
  const ends = [...new Set(cuts.map((cut) => Math.min(cut, text.length)))].sort((a, b) => a - b);
  const arriving = readFeedTextAsItArrives();
  let from = 0;
  for (const end of [...ends, text.length]) {
    await arriving.add(text.slice(from, end));
    from = Math.max(from, end);
  }
  const {value, parses} = await countingParses(() => arriving.read(() => text, PAUSE_EVERYWHERE));
  if (followed) expect(parses, 'texts parsed after the last part').to.equal(1);
  return value;
}

/** Cuts every `size` characters. */
const every = (text: string, size: number) => Array.from({length: Math.ceil(text.length / size)}, (_, i) => (i + 1) * size);

/** A feed with strings that hold what the scan looks for: quotes, backslashes, brackets and commas. */
const trickyFeed = () => {
  const document = syntheticFeed({incidents: 40, alerts: 3, seed: 11}) as unknown as {incidents: Array<Record<string, unknown>>};
  document.incidents.forEach((incident, i) => {
    incident.summary = ['a "quoted" word', 'ends with a backslash \\', '\\\\"]},[{', 'Ғарм, "[Rasht]"', 'emoji 🛰️ and ۱۴۰۳'][i % 5];
    incident.title = `${'\\'.repeat(i % 4)}"${i}`;
  });
  return JSON.stringify(document, null, 1);
};

describe('reading a feed as it arrives', () => {
  it('reads the seed feed in parts of any size as reading it whole does', async () => {
    const whole = readFeedText(seedText);
    expect(whole.result.feed!.incidents.length).to.be.greaterThan(0);
    for (const size of [1, 7, 64, 1000, seedText.length]) {
      expect(await readInParts(seedText, every(seedText, size), {followed: true}), `parts of ${size}`).to.deep.equal(whole);
    }
  });

  it('reads strings cut between a backslash and what it escapes, or inside a character, as whole', async () => {
    const text = trickyFeed();
    const whole = readFeedText(text);
    expect(whole.result.feed!.incidents).to.have.length(40);
    // Every offset at which the text may be cut, each once, a few at a time.
    for (let start = 0; start < text.length; start += 97) {
      const cuts = Array.from({length: 97}, (_, i) => start + i);
      expect(await readInParts(text, cuts, {followed: true}), `cut at each of ${start}…${start + 96}`).to.deep.equal(whole);
    }
  });

  it('reads any cut of a feed as whole', async () => {
    const text = trickyFeed();
    const whole = readFeedText(text);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({max: text.length}), {maxLength: 12}), async (cuts) => {
        expect(await readInParts(text, cuts, {followed: true})).to.deep.equal(whole);
      }),
      {numRuns: 150},
    );
  });

  for (const c of corpus) {
    it(`reads the bad feed ${c.name} in parts as whole, problems in the same order`, async () => {
      const text = c.text ?? JSON.stringify(c.document);
      // Parts of 5 characters put a boundary everywhere; in the feed of 250,001 incidents that is
      // five million parts, so its parts are longer, of a prime length that still falls anywhere.
      expect(await readInParts(text, every(text, text.length > 1_000_000 ? 4093 : 5))).to.deep.equal(readFeedText(text));
    });
  }

  const UNUSUAL = [
    ['nested too deep', `{"incidents": [{"a": ${'['.repeat(70)}${']'.repeat(70)}}]}`],
    ['a string never closed', '{"version": "1.0", "incidents": [{"id": "a}]}'],
    ['an entry missing between two commas', '{"version": "1.0", "incidents": [{"id": "a"},, {"id": "b"}]}'],
    ['a comma after the last entry', '{"version": "1.0", "incidents": [{"id": "a"},]}'],
    ['cut short', '{"version": "1.0", "incidents": [{"id": "a"}, {"id": "b"'],
    ['a repeated list', '{"version": "1.0", "incidents": [{"id": "a"}], "incidents": []}'],
    ['a list for a document', '[{"id": "a"}]'],
    ['no text', ''],
    [
      'after a byte order mark',
      '\ufeff{"version": "1.0", "alerts": [], "incidents": [{"id": "a", "title": "A", "when": "2024-09-24", "location": {"name": "Rasht"}}]}',
    ],
  ];
  for (const [what, text] of UNUSUAL) {
    it(`reads a text ${what} as reading it whole does`, async () => {
      const whole = readFeedText(text);
      for (const size of [1, 3, 10]) expect(await readInParts(text, every(text, size)), `parts of ${size}`).to.deep.equal(whole);
    });
  }

  it('leaves only the outline of a large feed to parse once all of it is there', async () => {
    const text = JSON.stringify(syntheticFeed({incidents: 2000, seed: 5}));
    const whole = readFeedText(text);
    expect(whole.result.feed!.incidents).to.have.length(2000);
    expect(await readInParts(text, every(text, 65_536), {followed: true})).to.deep.equal(whole);
  });

  it('reads a part of megabytes in slices, the page getting its turn between them', async () => {
    const text = JSON.stringify(syntheticFeed({incidents: 20_000, seed: 9}));
    expect(text.length).to.be.above(4_000_000);
    const arriving = readFeedTextAsItArrives();
    let between = false;
    setTimeout(() => (between = true));
    // The browser hands over what arrived while the page was busy as one part.
    await arriving.add(text);
    expect(between, "the page's own task ran while the part was read").to.equal(true);
    const {value, parses} = await countingParses(() => arriving.read(() => text, PAUSE_EVERYWHERE));
    expect(parses, 'texts parsed after the last part').to.equal(1);
    expect(value.result.feed!.incidents).to.have.length(20_000);
  });

  it('asks for the whole text only when it must read it again, whole', async () => {
    const asked = async (text: string) => {
      const arriving = readFeedTextAsItArrives();
      for (const part of [text.slice(0, 700), text.slice(700)]) await arriving.add(part);
      let times = 0;
      const read = await arriving.read(() => (times++, text), PAUSE_EVERYWHERE);
      expect(read).to.deep.equal(readFeedText(text));
      return times;
    };
    // Read as it arrived, the text is never joined into one.
    expect(await asked(seedText)).to.equal(0);
    // Cut short, or nested too deep: the whole text says what is wrong with it.
    expect(await asked(seedText.slice(0, -40))).to.equal(1);
    expect(await asked(`{"version": "1.0", "incidents": [${'['.repeat(70)}${']'.repeat(70)}]}`)).to.equal(1);
  });
});
