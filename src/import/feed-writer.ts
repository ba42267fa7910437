/**
 * Writes a feed as it is made: the fields that open it, then each incident as soon as it is
 * read, then the fields that close it. Nothing but the lists that close it is held, so a feed
 * of a million incidents costs no more memory than one of ten.
 *
 * Each incident and each entry of the closing lists is one line of JSON; the rest is indented
 * as JSON.stringify indents it. JSON itself is the escaping: text from a CSV cell can only ever
 * be a JSON string, never markup, and a reader draws it as text.
 */

/** Where the text goes; a returned promise is waited for (a stream's backpressure). */
export type TextSink = (text: string) => void | Promise<void>;

/** Text is handed to the sink in pieces of about this size. */
const PIECE_CHARS = 1 << 16;

export class FeedWriter {
  private pending: string[] = [];
  private pendingChars = 0;
  private written = 0;

  constructor(private readonly sink: TextSink) {}

  /** How many incidents were written. */
  get incidents(): number {
    return this.written;
  }

  /** Opens the feed with `fields` (undefined ones left out), and its list of incidents. */
  async begin(fields: Record<string, unknown>): Promise<void> {
    const opening = members(fields);
    this.push(`{\n${opening.map((member) => `${member},\n`).join('')}  "incidents": [`);
    await this.flush();
  }

  async incident(incident: object): Promise<void> {
    this.push(`${this.written++ === 0 ? '' : ','}\n    ${JSON.stringify(incident)}`);
    if (this.pendingChars >= PIECE_CHARS) await this.flush();
  }

  /** Closes the list of incidents, then the feed with `fields`. */
  async end(fields: Record<string, unknown>): Promise<void> {
    const closing = members(fields);
    this.push(`${this.written ? '\n  ' : ''}]${closing.map((member) => `,\n${member}`).join('')}\n}\n`);
    await this.flush();
  }

  private push(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
  }

  private async flush(): Promise<void> {
    if (!this.pending.length) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    await this.sink(text);
  }
}

/** `  "key": value` for each defined field; a list of objects puts one entry on each line. */
function members(fields: Record<string, unknown>): string[] {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const name = `  ${JSON.stringify(key)}: `;
      if (Array.isArray(value) && value.length) return `${name}[\n${value.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n')}\n  ]`;
      return name + JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    });
}
