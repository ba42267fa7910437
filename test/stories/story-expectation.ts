/** What a story test knows of a drawn story, and what each story is checked for. */
import type {SecurityTimeline} from '../../src/index.js';
import type {TimelineHarness} from '../../src/testing/harness.js';

export interface Drawn {
  element: SecurityTimeline;
  harness: TimelineHarness;
  /** The story's args, as Storybook passes them. */
  args: Record<string, unknown>;
}

export interface Expectation {
  /** What the story exists to show, as the test's title says it. */
  shows: string;
  check(drawn: Drawn): void | Promise<void>;
  /** The story never finishes loading: checked once it has had time to. */
  staysLoading?: boolean;
  /** The console warnings the story exists to give the page's author (none when absent). */
  warnings?: string[];
}
