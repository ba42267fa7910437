/**
 * A test harness for pages that use `<security-timeline>`: find what it drew, read positions,
 * and drive it, without depending on its shadow DOM structure. Exported as
 * `security-timeline/testing`.
 */
import type {SecurityTimeline} from '../elements/security-timeline/security-timeline.component.js';

export interface DrawnMarker {
  id: string;
  element: SVGGElement;
  /** Centre in px from the chart's left edge. */
  x: number;
  /** Centre in px from the chart's top edge. */
  y: number;
  status: string;
  /** Left and right px of the uncertainty bar, when the time is uncertain. */
  interval?: [number, number];
}

export interface DrawnBand {
  id: string;
  /**
   * What draws its stripe: a `<rect>` of its own, or, where many bands are in view, the path that
   * draws the stripes of its level (a point of the band is in that path's fill).
   */
  element: SVGRectElement | SVGPathElement;
  x: number;
  width: number;
  /** Top px and height of each fill across lanes (one per run of neighbouring lanes). */
  fills: Array<{y: number; height: number}>;
  /** Indices of the lanes the band is drawn across, top lane first. */
  lanes: number[];
  /** The band's label as drawn (cut to its width), without the marks that isolate text of the other direction. */
  label: string;
}

export interface DrawnCluster {
  /** The path that draws this cluster's lane of clusters. */
  element: SVGPathElement;
  /** Centre, in the chart's SVG coordinates (the markers' pan offset added). */
  x: number;
  y: number;
  r: number;
  count: number;
  /** The best times of its first and last incidents (epoch ms). */
  earliest: number;
  latest: number;
  /** The time its incidents may have happened in: the earliest any may have begun, the latest any may have ended (exclusive). */
  span: {earliest: number; latest: number};
  /** Its incidents by status. */
  statuses: Record<string, number>;
  /** The count written in it, as drawn (the glyphs of the lane's count text inside its circle). */
  label: string;
}

const number = (element: Element, name: string) => Number(element.getAttribute(name));

/** Markers are drawn in a group moved as the view pans; positions here are in chart px. */
function shiftOf(element: Element): number {
  const group = element.closest('g.markers');
  const match = group && /translate\(([-\d.e]+)/.exec(group.getAttribute('transform') ?? '');
  return match ? Number(match[1]) : 0;
}

export class TimelineHarness {
  constructor(readonly element: SecurityTimeline) {}

  /** Waits until the element has rendered what its current state asks for. */
  async settle(): Promise<void> {
    await this.element.updateComplete;
    // A resize is drawn in the frame after it is observed: wait for two frames.
    for (let frame = 0; frame < 2; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await this.element.updateComplete;
    }
  }

  /** Waits until the feed has been read (or failed), then until it is drawn. */
  async loaded(timeoutMs = 5000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.element.status === 'loading' || this.element.status === 'empty') {
      if (performance.now() > deadline) throw new Error(`the feed did not load within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await this.settle();
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The drawing area: the element's one tab stop. */
  get chart(): HTMLElement {
    return this.root.querySelector('[part="chart"]') as HTMLElement;
  }

  markers(): DrawnMarker[] {
    return [...this.root.querySelectorAll<SVGGElement>('g.marker')].map((element) => {
      // A marker's group is placed at its time; its shape and bar are drawn around that point.
      const [, x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(element.getAttribute('transform')!)!.map(Number);
      const bar = element.querySelector('path.interval');
      const ends = bar ? [...bar.getAttribute('d')!.matchAll(/M([-\d.e]+),/g)].map((m) => Number(m[1]) + x) : [];
      const status = ['confirmed', 'reported', 'expected', 'denied'].find((s) => element.classList.contains(s))!;
      const shift = shiftOf(element);
      return {
        id: element.dataset.id!,
        element,
        x: x + shift,
        y,
        status,
        interval: bar ? [Math.min(ends[0], ends[1]) + shift, Math.max(ends[0], ends[1]) + shift] : undefined,
      };
    });
  }

  marker(id: string): DrawnMarker | undefined {
    return this.markers().find((marker) => marker.id === id);
  }

  /** Bands as drawn, each once: those drawn on their own, then those drawn together in paths of their level. */
  bands(): DrawnBand[] {
    // As read: without the invisible marks that isolate a name of the other direction.
    const read = (label: Element | null) => (label?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
    const alone: DrawnBand[] = [...this.root.querySelectorAll<SVGRectElement>('rect.band-stripe')].map((element) => {
      const group = element.parentElement!;
      const fills = [...group.querySelectorAll('rect.band-fill')].map((fill) => ({y: number(fill, 'y'), height: number(fill, 'height')}));
      const box = {x: number(element, 'x'), width: number(element, 'width')};
      return {id: element.dataset.id!, element, ...box, fills, lanes: this.lanesUnder(fills), label: read(group.querySelector('text.band-label'))};
    });
    type Merged = {alerts: Array<{id: string}>; boxes: Array<{x0: number; x1: number; fills: Array<[number, number]>}>; first: number; end: number};
    const paths = [...this.root.querySelectorAll<SVGPathElement>('path.band-stripe')] as Array<SVGPathElement & {stBands: Merged}>;
    if (paths.length === 0) return alone;
    const {alerts, boxes} = paths[0].stBands;
    const labels = [...this.root.querySelectorAll('text.band-label')];
    const merged = alerts.flatMap(({id}, index): DrawnBand[] => {
      if (alone.some((band) => band.id === id)) return [];
      const box = boxes[index];
      const fills = box.fills.map(([y, height]) => ({y, height}));
      const element = paths.find(({stBands}) => stBands.first <= index && index < stBands.end)!;
      const label = labels.find((text) => text.getAttribute('data-band') === id) ?? null;
      return [{id, element, x: box.x0, width: box.x1 - box.x0, fills, lanes: this.lanesUnder(fills), label: read(label)}];
    });
    return [...alone, ...merged];
  }

  /** Lanes whose background lies within one of these band fills. */
  private lanesUnder(fills: ReadonlyArray<{y: number; height: number}>): number[] {
    return [...this.root.querySelectorAll('rect.lane-background')].flatMap((lane, index) => {
      const [top, bottom] = [number(lane, 'y'), number(lane, 'y') + number(lane, 'height')];
      return fills.some((fill) => fill.y <= top && bottom <= fill.y + fill.height) ? [index] : [];
    });
  }

  /**
   * Clusters as drawn: circles read from each lane's cluster path, each matched with the cluster
   * the path carries in the same order.
   */
  clusters(): DrawnCluster[] {
    return [...this.root.querySelectorAll<SVGPathElement>('path.cluster')].flatMap((element) => {
      type Contents = {earliest: number; latest: number; statuses: Record<string, number>};
      type Lane = {clusters: Array<{count: number; earliest: number; latest: number}>; contents: Contents[]};
      const {clusters, contents} = (element as SVGPathElement & {stLane: Lane}).stLane;
      // The lane's counts: one text, each glyph at its own x.
      let text = element.nextElementSibling;
      while (text && !text.matches('text.cluster-count')) text = text.nextElementSibling;
      const glyphs = [...(text?.textContent ?? '')];
      const glyphXs = (text?.getAttribute('x') ?? '').split(' ').map(Number);
      // Each circle is "M{x - r},{y}a{r},{r} 0 1 0 {2r},0a…".
      const circles = [...(element.getAttribute('d') ?? '').matchAll(/M([-\d.e]+),([-\d.e]+)a([\d.e]+)/g)];
      if (circles.length !== clusters.length) throw new Error(`a cluster path draws ${circles.length} circles for ${clusters.length} clusters`);
      const shift = shiftOf(element);
      return circles.map(([, left, y, r], i) => ({
        element,
        x: Number(left) + Number(r) + shift,
        y: Number(y),
        r: Number(r),
        count: clusters[i].count,
        earliest: clusters[i].earliest,
        latest: clusters[i].latest,
        span: {earliest: contents[i].earliest, latest: contents[i].latest},
        statuses: {...contents[i].statuses},
        label: glyphs.filter((_, g) => Math.abs(glyphXs[g] - (Number(left) + Number(r))) < Number(r)).join(''),
      }));
    });
  }

  laneLabels(): string[] {
    return [...this.root.querySelectorAll('text.lane-label title')].map((title) => title.textContent ?? '');
  }

  tickLabels(): string[] {
    return [...this.root.querySelectorAll('.tick text')].map((text) => text.textContent ?? '');
  }

  tooltip(): HTMLElement | null {
    return this.root.querySelector('[part="tooltip"]');
  }

  details(): HTMLElement | null {
    return this.root.querySelector('[part="details"]');
  }

  problemsButton(): HTMLButtonElement | null {
    return this.root.querySelector('button.problem-count');
  }

  problemsList(): string[] {
    return [...this.root.querySelectorAll('[part="problems"] li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
  }

  /**
   * Why the feed could not be read, as its publisher needs it (in English, with the URL and the
   * cause); else the reader's sentence (see `errorHeadline`).
   */
  errorMessage(): string | null {
    return (this.root.querySelector('.state.error p.technical') ?? this.root.querySelector('.state.error p'))?.textContent ?? null;
  }

  /** The sentence the reader reads, in the reader's language: "The server refused the feed." */
  errorHeadline(): string | null {
    return this.root.querySelector('.state.error p')?.textContent ?? null;
  }

  stateMessage(): string | null {
    return this.root.querySelector('[part="state"]')?.textContent?.trim() ?? null;
  }

  legendButton(label: string): HTMLButtonElement | undefined {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part="legend"] button')].find((button) => button.textContent.trim() === label);
  }

  toolbarButton(label: string): HTMLButtonElement | undefined {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')].find(
      (button) => button.getAttribute('aria-label') === label || button.textContent.trim() === label,
    );
  }

  tableRows(): string[][] {
    return [...this.root.querySelectorAll('[part="table"] tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim()),
    );
  }

  /** Page coordinates of a point given in chart px, for real mouse input. */
  pagePoint(x: number, y: number): [number, number] {
    const rect = this.chart.getBoundingClientRect();
    return [Math.round(rect.left + x + 1), Math.round(rect.top + y + 1)];
  }

  /** Number of elements inside the shadow root. */
  elementCount(): number {
    return this.root.querySelectorAll('*').length;
  }

  /** The visible window in epoch ms. */
  window(): [number, number] {
    const range = this.element.visibleRange;
    if (!range) throw new Error('nothing is drawn yet');
    return [range.start, range.end];
  }
}
