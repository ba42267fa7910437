/**
 * Watches the host's `<security-timeline-alert>` and `<security-timeline-incident>` children:
 * when one is added, removed or edited, the host updates and reads them again.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {ALERT_TAG, feedFromMarkup, hasMarkupItems, INCIDENT_TAG} from './markup-feed.js';

const isItem = (node: Node | null) => node instanceof Element && (node.localName === ALERT_TAG || node.localName === INCIDENT_TAG);

export class MarkupController implements ReactiveController {
  private observer?: MutationObserver;
  private changed = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether the items changed since the last call (they count as changed when the host connects). */
  takeChange(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  /** The feed the items make, or undefined when the host has none. */
  feed(options: {title?: string; timeZone?: string}): Record<string, unknown> | undefined {
    return hasMarkupItems(this.host) ? feedFromMarkup(this.host, options) : undefined;
  }

  hostConnected(): void {
    this.observer = new MutationObserver((records) => {
      const touchesItems = records.some(
        (record) => isItem(record.target) || isItem(record.target.parentElement) || [...record.addedNodes, ...record.removedNodes].some(isItem),
      );
      if (touchesItems) {
        this.changed = true;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host, {childList: true, subtree: true, attributes: true, characterData: true});
    this.changed = true;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
