/**
 * Many alert windows in view, drawn as few elements: per level and colour, one path of their
 * fills and one of their stripes (see `band-shapes.ts`), and the labels of those wide enough for
 * one; the hovered, focused or selected window drawn again on its own, on top. Loaded on demand,
 * by feeds with more windows than are drawn alone.
 */
import {svg} from 'lit';
import {bandPaths, type BandBox} from '../../../layout/band-shapes.js';
import {levelColor, levelStep} from '../../../layout/presentation.js';
import type {DrawnBands} from '../../../controllers/chart-targets.js';
import {bandBox, bandLabel, renderBand, type BandsView} from './bands.js';

interface Group {
  color: string;
  step: number;
  /** Indices of its alerts in the view's. */
  members: number[];
}

/**
 * The view's alerts in `order` (lower levels first), grouped by level and colour in that order.
 * Every path carries all the bands' boxes, in the order they are drawn, for hover and click
 * (see `bandUnder`).
 */
export function renderManyBands(view: BandsView, order: readonly number[]) {
  const {model, alerts} = view;
  const groups = new Map<string, Group>();
  for (const i of order) {
    const {level} = alerts[i];
    const [color, step] = [levelColor(level, model.feed.levels), levelStep(level, model.feed.levels)];
    const key = `${step} ${color}`;
    const group = groups.get(key);
    if (group) group.members.push(i);
    else groups.set(key, {color, step, members: [i]});
  }
  // Listed group by group, as they are drawn.
  const grouped = [...groups.values()];
  const members = grouped.flatMap((group) => group.members);
  const boxes: BandBox[] = members.map((i) => bandBox(view, i));
  const drawn = {alerts: members.map((i) => alerts[i]), boxes};
  let end = 0;
  const paths = grouped.map(({color, step, members: group}) => {
    const first = end;
    end += group.length;
    const carried: DrawnBands = {...drawn, first, end};
    let [fills, stripes] = ['', ''];
    for (let k = first; k < end; k++) {
      const shapes = bandPaths(boxes[k]);
      fills += shapes.fills;
      stripes += shapes.stripe;
    }
    return svg`<g class="band step-${step}">
      <path class="band-fill" d=${fills} fill=${color} .stBands=${carried}></path>
      <path part="band" class="band-stripe" d=${stripes} fill=${color} .stBands=${carried}></path>
      ${group.map((i, k) => bandLabel(view, i, boxes[first + k], color))}
    </g>`;
  });
  const highlighted = order.filter((i) => alerts[i].id === view.selected || view.activeIds.has(alerts[i].id));
  return svg`<g class="bands merged">${paths}${highlighted.map((i) => renderBand(view, i))}</g>`;
}
