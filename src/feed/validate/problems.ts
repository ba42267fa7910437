/**
 * Problems as the reader of a feed sees them: where, what was expected, what was found, and
 * what was done about it, in one sentence.
 */
import type {FeedProblem} from '../types.js';
import type {ListName} from './feed-document.js';

const ITEM_NOUN: Record<ListName, string> = {levels: 'level', sources: 'source', alerts: 'alert', incidents: 'incident'};

const CONSEQUENCE = {
  feed: () => 'The feed was not read.',
  item: (noun: string) => `The ${noun} was left out.`,
  value: () => 'This value was ignored.',
  none: () => 'It was kept.',
} as const;

/** A short, safe description of any JSON value, for "found …". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 59)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return 'an object';
}

function nounAt(pointer: string): string {
  const list = pointer.split('/')[1] as ListName;
  return ITEM_NOUN[list] ?? 'item';
}

export function makeProblem(pointer: string, expected: string, found: string, dropped: FeedProblem['dropped']): FeedProblem {
  const where = pointer === '' ? 'The document' : pointer;
  const consequence = CONSEQUENCE[dropped](nounAt(pointer));
  return {pointer, expected, found, dropped, message: `${where}: expected ${expected}, found ${found}. ${consequence}`};
}
