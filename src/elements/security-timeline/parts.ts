/**
 * The parts of the timeline whose code loads on demand, the first time each is drawn: the
 * legend, tooltips, overview, details panel, table and problem list. Each brings its styles, which the
 * element adopts when it arrives.
 */
import type {CSSResult, ReactiveControllerHost} from 'lit';
import {LazyPartController} from '../../controllers/lazy-part-controller.js';
import {adoptStyles} from './adopt-styles.js';

export class OnDemandParts {
  readonly legend;
  readonly tooltips;
  readonly detailsPanel;
  readonly table;
  readonly problems;
  readonly overview;
  /** The drawing of many alert windows as a few paths. */
  readonly manyBands;
  /** The search box and export menu in the toolbar. */
  readonly toolbar;
  /** Not a part drawn, but the styles for forced colours (Windows High Contrast), adopted when the system asks for them. */
  readonly forcedColors;
  /** The styles for print: a static chart with its legend and credit, no controls. */
  readonly print;

  constructor(host: ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment}) {
    const adopt = ({styles}: {styles: CSSResult}) => adoptStyles(host.renderRoot as ShadowRoot, styles);
    this.legend = new LazyPartController(host, () => import('./render/legend.js'), adopt);
    this.tooltips = new LazyPartController(host, () => import('./render/tooltip.js'), adopt);
    this.detailsPanel = new LazyPartController(host, () => import('./render/details.js'), adopt);
    this.table = new LazyPartController(host, () => import('./render/table.js'), adopt);
    this.problems = new LazyPartController(host, () => import('./render/problems.js'), adopt);
    this.overview = new LazyPartController(host, () => import('./render/overview.js'), adopt);
    this.manyBands = new LazyPartController(host, () => import('./render/many-bands.js'));
    this.toolbar = new LazyPartController(host, () => import('./analyst/toolbar.js'), adopt);
    this.forcedColors = new LazyPartController(host, () => import('./forced-colors.styles.js'), adopt);
    this.print = new LazyPartController(host, () => import('./print.styles.js'), adopt);
  }

  /** Every part (each field is one), for the host's `updateComplete` to wait for the loads under way. */
  get all(): ReadonlyArray<{readonly pending: Promise<void> | undefined}> {
    return Object.values(this) as Array<LazyPartController<unknown>>;
  }
}
