/**
 * The report `security-timeline-validate` gives for one feed: pure, so that it can be tested
 * without a process around it.
 */
import type {FeedProblem, ValidationResult} from '../feed/types.js';

export interface FeedReport {
  /** The file or URL as given. */
  source: string;
  /** True when the feed was read without a single problem. */
  ok: boolean;
  /** One line: what would be drawn, or why nothing would. */
  summary: string;
  problems: FeedProblem[];
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** `failure`: why the feed could not be read at all, when it could not. */
export function describeFeed(source: string, result: ValidationResult, failure?: string): FeedReport {
  const {feed, problems} = result;
  if (!feed) {
    // The problems that refused it follow the summary; a read that failed has only its reason.
    return {source, ok: false, summary: failure ?? 'refused: nothing of it would be drawn.', problems};
  }
  const title = feed.title ?? feed.region?.name;
  const contents = [count(feed.alerts.length, 'alert'), count(feed.incidents.length, 'incident'), count(feed.sources.length, 'source')].join(', ');
  // An item can break several rules; it is left out once.
  const leftOut = new Set(problems.filter((problem) => problem.dropped === 'item').map((problem) => problem.pointer.split('/', 3).join('/'))).size;
  const verdict =
    problems.length === 0 ? 'no problems' : `${count(problems.length, 'problem')}${leftOut ? ` (${count(leftOut, 'item')} left out)` : ''}`;
  return {
    source,
    ok: problems.length === 0,
    summary: `version ${feed.version}${title ? ` "${title}"` : ''}, dates in ${feed.timeZone}: ${contents}; ${verdict}.`,
    problems,
  };
}
