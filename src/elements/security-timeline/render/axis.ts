/** The lanes' backgrounds and labels, the time axis and its ticks, and the "today" line. */
import {nothing, svg} from 'lit';
import type {Lane} from '../../../layout/lanes.js';
import type {TimeAxis} from '../../../layout/time-axis.js';
import type {ChartRows} from '../../../layout/chart-frame.js';
import {fitToWidth, truncate} from '../../../layout/presentation.js';
import {isolate} from '../../../i18n/translate.js';
import type {LabelWidth} from '../../../controllers/label-widths.js';

/** A lane label's average character width at the default font size, px: how many fit the gutter, where text cannot be measured. */
const LABEL_CHAR_PX = 7;
/** A lane label's font, as the styles set it (`.lane-label`, `.lane-label.inline`): its size in ems of the element's, and its weight. */
const LABEL_EM = 0.8;
const INLINE_LABEL_EM = 0.72;
const LABEL_WEIGHT = 600;
/** Between a lane's label and its total. */
const TOTAL_SEPARATOR = ' · ';

/**
 * The lanes and their labels: in the gutter, or, on a phone's width (`inline`), inside each lane
 * above its markers, where the whole width is theirs. Each label ends with what its lane holds
 * (`totals`, written whole: "Afghanistan · 312"), the label cut short to leave room for it.
 */
export function renderLanes(
  lanes: readonly Lane[],
  width: number,
  rows: ChartRows,
  gutter: number,
  rtl: boolean,
  inline = false,
  totals: readonly string[] = [],
  widthOf?: LabelWidth,
) {
  const {lanesTop: top, laneHeight, labelBand} = rows;
  const labelX = rtl ? width - 8 : 8;
  const maxChars = Math.max(4, Math.floor(((inline ? width : gutter) - 12) / LABEL_CHAR_PX));
  // Inline, the label sits in the band at the lane's top, above its markers.
  const labelY = (index: number) => top + index * laneHeight + (inline ? labelBand / 2 + 1 : laneHeight / 2);
  // As drawn: a label's name in the weight of its class, its total in a normal one.
  const em = inline ? INLINE_LABEL_EM : LABEL_EM;
  const fit = (name: string, total: string) => {
    if (!widthOf) return truncate(name, total ? Math.max(4, maxChars - Array.from(TOTAL_SEPARATOR + total).length) : maxChars);
    const roomPx = (inline ? width : gutter) - 12 - (total ? widthOf(TOTAL_SEPARATOR + total, em, 400) : 0);
    return fitToWidth(name, roomPx, (text) => widthOf(text, em, LABEL_WEIGHT));
  };
  const label = (lane: Lane, total = '') => {
    return svg`${isolate(fit(lane.label, total), rtl)}${total ? svg`<tspan class="lane-total" font-weight="400" fill-opacity="0.75">${TOTAL_SEPARATOR}${total}</tspan>` : nothing}`;
  };
  return svg`<g class="lanes">
    ${lanes.map(
      (lane, index) => svg`
        <rect class="lane-background ${index % 2 ? 'alternate' : ''}" x="0" y=${top + index * laneHeight} width=${width} height=${laneHeight}></rect>
        ${
          gutter || inline
            ? svg`<text class="lane-label ${inline ? 'inline' : ''}" x=${labelX} y=${labelY(index)} dominant-baseline="middle">${label(lane, totals[index])}<title>${lane.label}</title></text>`
            : nothing
        }
      `,
    )}
  </g>`;
}

/** The axis at `y` under the lanes, its tick lines rising to `top`; `left` is the plot's left edge. */
export function renderAxis(axis: TimeAxis, left: number, y: number, top: number, gutter: number) {
  // A label centred on a tick at the chart's edge would be cut off there: at the end of time it
  // ends at its tick, and at the start too when no lane labels (`gutter`) leave room before the plot.
  const edgeAnchor = (fromStart: number) => (fromStart > axis.width - 24 ? 'end' : fromStart < 24 && !gutter ? 'start' : 'middle');
  return svg`<g part="axis" class="axis" transform="translate(${left},0)">
    <line class="axis-line" x1="0" x2=${axis.width} y1=${y} y2=${y}></line>
    ${axis.ticks.map(
      (tick) => svg`<g class="tick ${tick.major ? 'major' : ''}" transform="translate(${tick.x},0)">
        <line y1=${top} y2=${y + 5}></line>
        <text y=${y + 20} text-anchor=${edgeAnchor(axis.rtl ? axis.width - tick.x : tick.x)}>${tick.label}</text>
      </g>`,
    )}
  </g>`;
}

/** A line at the present moment, when it is in view. */
export function renderToday(x: (time: number) => number, domain: readonly [number, number], top: number, bottom: number, label: string) {
  const now = Date.now();
  if (now < domain[0] || now > domain[1]) return nothing;
  const cx = x(now);
  return svg`<g class="today"><line x1=${cx} x2=${cx} y1=${top} y2=${bottom}></line><text x=${cx + 4} y=${top + 10}>${label}</text></g>`;
}
