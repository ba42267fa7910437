/**
 * Keeps an element where it is on the screen across its host's next update: a legend chip the
 * reader pressed stays under the pointer, although the chart above it grew or shrank with the
 * filter, instead of sliding a hundred pixels away.
 */
import type {ReactiveElement} from 'lit';

export async function keepInPlace(host: ReactiveElement, element: Element | null | undefined): Promise<void> {
  if (!element) return;
  const before = element.getBoundingClientRect().top;
  await host.updateComplete;
  if (!element.isConnected) return;
  const shift = element.getBoundingClientRect().top - before;
  if (Math.abs(shift) >= 1) window.scrollBy(0, shift);
}
