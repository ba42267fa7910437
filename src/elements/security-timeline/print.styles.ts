/**
 * The element on paper: a still chart with its legend and credit, fitting the page's width, in
 * the colours it has on screen.
 *
 * - Controls that do nothing on paper go: the toolbar (zoom, table, export), the search box, the
 *   hint on zooming with the wheel, the buttons to the incidents out of view, tooltips, the
 *   overview brush's grips, focus rings and outlines.
 * - The overview stays, with the box of the window shown: it tells where the chart sits in the
 *   whole feed. The details of a selected item and a table the reader opened stay too: they are
 *   what the reader chose to see.
 * - The legend is printed as a key, its buttons without their boxes (a level or status filtered
 *   out stays struck through, as it is on screen); folded away on a narrow page, it is unfolded.
 * - Paper is white: the light scheme, whatever the theme on screen. Browsers leave backgrounds out
 *   of prints to save ink, and the legend's swatches and the overview's strip are backgrounds;
 *   `print-color-adjust: exact` keeps them and the chart's fills.
 * - The chart, the overview, the legend and a table's rows are not split across pages where the
 *   page has room for them (one SVG holds every lane, so the lanes stay together).
 */
import {css} from 'lit';

export const printStyles = css`
  @media print {
    .base,
    .base.dark,
    :host([theme='dark']) .base {
      color-scheme: light;
    }

    .base,
    .chart,
    .overview,
    .band,
    .band-fill,
    .band-stripe,
    .marker,
    .cluster,
    .lane-background,
    .legend .swatch {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }

    [part='toolbar'],
    [part='search'],
    .search,
    .gesture-hint,
    .outside,
    [part='tooltip'],
    .overview-label,
    .brush-edge,
    .focus-ring {
      display: none !important;
    }

    :focus,
    :focus-visible {
      outline: none !important;
    }

    .chart > svg,
    .overview svg {
      max-width: 100%;
      height: auto;
    }

    .chart,
    .overview,
    [part='legend'],
    [part='details'],
    [part='attribution'],
    tr {
      break-inside: avoid;
    }

    .chart,
    .overview {
      cursor: auto;
    }

    .legend button {
      border-color: transparent;
      background: none;
      min-height: 0;
      padding: 0 4px;
    }

    /* A legend folded away behind its name on a narrow page is printed open. */
    details.legend.compact > summary {
      display: none;
    }
    details.legend.compact::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
`;

/** As a part loaded on demand calls its styles. */
export {printStyles as styles};
