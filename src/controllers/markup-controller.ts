/**
 * Watches the host's `<security-timeline-alert>` and `<security-timeline-incident>` children:
 * when one is added, removed or edited, the host updates and reads them again.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {LazyPartController} from './lazy-part-controller.js';

/** The tags of the markup items. */
export const ALERT_TAG = 'security-timeline-alert';
export const INCIDENT_TAG = 'security-timeline-incident';

/** Whether the host has markup items to read. */
export function hasMarkupItems(host: Element): boolean {
  return host.querySelector(`:scope > ${ALERT_TAG}, :scope > ${INCIDENT_TAG}`) !== null;
}

const isItem = (node: Node | null) => node instanceof Element && (node.localName === ALERT_TAG || node.localName === INCIDENT_TAG);

export class MarkupController implements ReactiveController {
  private observer?: MutationObserver;
  private changed = false;
  /** The reader of the items: code only a page that writes its feed as markup needs. */
  readonly reader: LazyPartController<typeof import('./markup-feed.js')>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.reader = new LazyPartController(host, () => import('./markup-feed.js'));
  }

  /** Whether the items changed since the last call (they count as changed when the host connects). */
  takeChange(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  /**
   * The feed the items make; undefined when the host has none (or their reader could not be
   * loaded, which it says); null while the reader loads: the host updates again once it is there.
   */
  feed(options: {title?: string; timeZone?: string}): Record<string, unknown> | undefined | null {
    if (!hasMarkupItems(this.host)) return undefined;
    const reader = this.reader.get();
    if (reader) return reader.feedFromMarkup(this.host, options);
    if (this.reader.error !== undefined) return undefined;
    this.changed = true;
    return null;
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
