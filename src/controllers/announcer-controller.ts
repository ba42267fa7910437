/**
 * What the element's live region says: the latest announcement, at once, or after the reader
 * has paused (a zoom or pan announces where it came to rest, not every step on the way).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** How long the view must stay still before where it came to rest is announced. */
const SETTLE_MS = 600;

export class AnnouncerController implements ReactiveController {
  /** The text of the live region. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `text` now, replacing anything still waiting to be said. */
  announce(text: string): void {
    clearTimeout(this.timer);
    this.text = text;
    this.host.requestUpdate();
  }

  /** Says the text `make` gives once nothing else was announced for a moment. */
  announceWhenSettled(make: () => string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.announce(make()), SETTLE_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
