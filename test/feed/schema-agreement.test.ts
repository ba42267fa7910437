/**
 * Our validator against an independent one: @cfworker/json-schema reading the published schema
 * (data/feed-v1.schema.json) knows nothing of our compiled ajv validator or of how validate.ts
 * turns errors into problems, so agreeing with it checks both.
 */
import {expect} from '@open-wc/testing';
import {Validator, type OutputUnit, type ValidationResult as SchemaVerdict} from '@cfworker/json-schema';
import {schemaErrors, validateFeed} from '../../src/feed/validate.js';
import type {FeedProblem} from '../../src/feed/types.js';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';
import {loadCorpus} from '../fixtures/bad-feeds/corpus.js';

/**
 * Cases whose every problem is one a JSON Schema cannot state: impossible calendar dates, ends
 * before starts, windows that contradict themselves, duplicate ids, references that do not resolve,
 * levels the scale lacks, time zone names IANA does not know, links that match the pattern but do
 * not parse, a coordinate without its partner. The independent validator accepts them; ours must not.
 */
const SEMANTIC_ONLY = new Set([
  'source-url-unparseable',
  'alert-unknown-level',
  'alert-end-before-start',
  'alert-instant-end-at-start',
  'impossible-calendar-date',
  'iso-week-53-in-2024',
  'when-earliest-after-latest',
  'when-date-outside-range',
  'when-precision-finer-than-date',
  'duplicate-id-alert-and-incident',
  'duplicate-source-ids',
  'dangling-source-reference',
  'region-time-zone-unknown',
  'prototype-keys',
  'lone-longitude',
]);

/** Edge cases in the corpus that are valid: both validators accept them, ours without a problem. */
const VALID = new Set([
  'version-newer-minor',
  'source-url-upper-case-scheme',
  'alert-date-only-end-equal-to-start',
  'unknown-fields-kept',
  'years-before-100',
]);

const schema = (await (await fetch('/data/feed-v1.schema.json')).json()) as Record<string, unknown>;
const independent = new Validator(schema, '2020-12', false);
const corpus = await loadCorpus();
const seed = JSON.parse(await (await fetch('/data/tajik-afghan-border-2024.json')).text()) as unknown;

/** `#/incidents/0/status` as the JSON Pointer `/incidents/0/status`. */
function toPointer(instanceLocation: string): string {
  const fragment = instanceLocation.replace(/^#/, '');
  try {
    return decodeURI(fragment);
  } catch {
    return fragment;
  }
}

/** Pointers the independent validator names that none of our problems is at or under. */
function uncovered(errors: OutputUnit[], problems: FeedProblem[]): string[] {
  // A problem at /a/b/c is at or under "", /a, /a/b and /a/b/c.
  const covered = new Set<string>();
  for (const {pointer} of problems) {
    for (let end = pointer.length; end > 0; end = pointer.lastIndexOf('/', end - 1)) covered.add(pointer.slice(0, end));
    covered.add('');
  }
  return [...new Set(errors.map((error) => toPointer(error.instanceLocation)))].filter((pointer) => !covered.has(pointer));
}

const documents: Array<{name: string; document: unknown}> = [
  ...corpus.filter((c) => c.text === undefined).map((c) => ({name: c.name, document: c.document})),
  {name: 'the seed feed', document: seed},
  {name: 'a synthetic feed of 300 incidents', document: syntheticFeed({incidents: 300, seed: 7})},
];

describe('agreement with an independent JSON Schema validator (@cfworker/json-schema)', () => {
  it('classifies only names that are in the corpus', () => {
    const names = new Set(corpus.map((c) => c.name));
    for (const name of [...SEMANTIC_ONLY, ...VALID]) expect(names.has(name), name).to.equal(true);
  });

  for (const {name, document} of documents) {
    describe(name, function () {
      let verdict: SchemaVerdict;
      let ours: ReturnType<typeof validateFeed>;
      let compiled: boolean;
      before(function () {
        // The independent validator walks all 250,001 entries of the over-long list: seconds, not milliseconds.
        this.timeout(60_000);
        verdict = independent.validate(document);
        ours = validateFeed(document);
        compiled = schemaErrors(document).length === 0;
      });

      it('gets the same verdict from our compiled schema validator', () => {
        expect(compiled).to.equal(verdict.valid);
      });

      if (SEMANTIC_ONLY.has(name)) {
        it('is valid JSON Schema, and our problems are all beyond what a schema can say', () => {
          expect(verdict.valid).to.equal(true);
          expect(ours.feed).to.not.equal(null);
          expect(ours.problems).to.not.deep.equal([]);
        });
      } else if (VALID.has(name) || name.startsWith('the seed') || name.startsWith('a synthetic')) {
        it('is valid for both', () => {
          expect(verdict.valid).to.equal(true);
          expect(ours.problems).to.deep.equal([]);
        });
      } else {
        it('is refused by the independent validator, and we report a problem at or under each pointer it names', () => {
          expect(verdict.valid).to.equal(false);
          expect(uncovered(verdict.errors, ours.problems)).to.deep.equal([]);
        });
      }

      it('fails the independent validator whenever we report a problem of schema level', () => {
        // Schema level: the feed was refused, or the compiled schema validator rejects the document.
        const schemaLevel = ours.feed === null || !compiled;
        if (schemaLevel) expect(verdict.valid).to.equal(false);
        else if (ours.problems.length > 0) expect(SEMANTIC_ONLY.has(name), `${name} has semantic problems only`).to.equal(true);
      });
    });
  }
});
