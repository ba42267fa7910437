/** What a choice in the export menu does: a file for the reader to save, or a link to the view copied. */
import type {Translate} from '../../../i18n/translate.js';
import type {ExportChoice} from './toolbar.js';
// The English words this writes load with it.
import '../../../i18n/messages-on-demand.js';

export interface ExportActions {
  toData(format: 'csv' | 'json'): Promise<Blob | null>;
  toImage(format: 'png' | 'svg'): Promise<Blob | null>;
  /** What the file is named after: the feed's title and the window's first day. */
  name: {title: string; start: number};
  /** The page's URL with the view in its fragment. */
  link(): string;
  announce(text: string): void;
  t: Translate;
}

export async function chooseExport(choice: ExportChoice, actions: ExportActions): Promise<void> {
  try {
    if (choice === 'link') {
      await navigator.clipboard.writeText(actions.link());
      actions.announce(actions.t('linkCopied'));
      return;
    }
    const exports = await import('./exports.js');
    const blob = choice === 'csv' || choice === 'json' ? await actions.toData(choice) : await actions.toImage(choice);
    if (blob) exports.save(blob, exports.fileName(actions.name.title, actions.name.start, choice));
  } catch (error) {
    // A refused clipboard or a blocked download leaves the chart as it is.
    console.warn('security-timeline: the export could not be made.', error);
  }
}
