/**
 * Keyboard navigation of the chart, which is one tab stop: the focused item moves through
 * incidents in time order (← →), across lanes (↑ ↓, and above the top lane to the alert
 * windows); Shift+← → pans, + − zoom, Home/End go to the first and last incident, 0 fits the
 * whole feed, Enter selects, Escape clears. Time runs the other way in right-to-left text.
 */
import type {AlertWindow, Incident} from '../feed/types.js';
import type {TimelineModel} from '../model/timeline-model.js';
import type {ReaderSettings} from '../layout/describe.js';
import {describeItem} from '../layout/describe-items.js';
import {itemContext} from '../model/item-context.js';
import type {TimelineItem} from '../layout/presentation.js';
import {pan} from '../layout/time-axis.js';
import type {SelectionController} from './selection-controller.js';
import type {ViewController} from './view-controller.js';
// The English words this writes load with it.
import '../i18n/messages-on-demand.js';

/** Share of the window a Shift+arrow pans by. */
const PAN_SHARE = 0.2;

export interface KeyboardHostBindings {
  model(): TimelineModel | null;
  findItem(id: string | null | undefined): TimelineItem | null;
  /** The locale and zone an item is described in. */
  dates(): ReaderSettings;
  /** Says something to screen readers. */
  announce(text: string): void;
}

/**
 * Needs no lifecycle of its own: the host binds `onKeyDown` to the chart. The focused item is the
 * selection controller's, which a tap moves too. Its code loads after the first frame, before
 * a reader can reach the chart with a key.
 */
export class KeyboardController {
  /** The incident focus left for the alert bands with ↑: ↓ goes back to it. */
  private cameFrom: string | null = null;

  constructor(
    private readonly view: ViewController,
    private readonly selection: SelectionController,
    private readonly bind: KeyboardHostBindings,
  ) {}

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const model = this.bind.model();
    const domain = this.view.domain;
    if (!model || !domain) return;
    const forward = this.view.rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.view.rtl ? 'ArrowRight' : 'ArrowLeft';
    let handled = true;
    if ((event.key === forward || event.key === backward) && event.shiftKey) {
      this.view.panBy((event.key === forward ? 1 : -1) * PAN_SHARE);
    } else if (event.key === forward || event.key === backward) {
      this.moveInTime(model, event.key === forward ? 1 : -1);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      this.moveAcrossLanes(model, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === '+' || event.key === '=') {
      this.view.zoom(2, this.focusedIncident(model)?.time.best);
    } else if (event.key === '-' || event.key === '_') {
      this.view.zoom(0.5, this.focusedIncident(model)?.time.best);
    } else if (event.key === 'Home' || event.key === 'End') {
      const {incidents} = model;
      if (incidents.length) this.focusItem(incidents[event.key === 'Home' ? 0 : incidents.length - 1]);
      else this.view.setView(event.key === 'Home' ? pan(domain, model.bounds[0] - domain[0]) : pan(domain, model.bounds[1] - domain[1]));
    } else if (event.key === '0') {
      this.view.fitAll();
    } else if (event.key === 'Enter' || event.key === ' ') {
      const item = this.bind.findItem(this.selection.focusedId);
      if (item) this.selection.select(item);
      else handled = false;
    } else if (event.key === 'Escape') {
      // First the selection; else the tooltip shown, which the reader may want out of the way.
      if (this.selection.selected) this.selection.select(null);
      else handled = this.selection.dismissTooltip();
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  };

  private focusedIncident(model: TimelineModel): Incident | undefined {
    return model.incidents.find((incident) => incident.id === this.selection.focusedId);
  }

  /**
   * Left and right: the next incident in time order; on the row of alert bands (reached with
   * the up arrow from the top lane), the next alert window.
   */
  private moveInTime(model: TimelineModel, step: 1 | -1): void {
    const focusedAlert = model.alerts.findIndex((alert) => alert.id === this.selection.focusedId);
    if (focusedAlert !== -1) {
      const next = focusedAlert + step;
      if (next < 0 || next >= model.alerts.length) this.saysEnd(step);
      else this.focusItem(model.alerts[next]);
      return;
    }
    const {incidents} = model;
    if (!incidents.length) {
      if (model.alerts.length) this.focusItem(model.alerts[0]);
      return;
    }
    const current = incidents.findIndex((incident) => incident.id === this.selection.focusedId);
    let next: number;
    if (current === -1) {
      // Start from the first incident in view, so focus never jumps off-screen.
      const [start] = this.view.domain!;
      const firstVisible = incidents.findIndex((incident) => incident.time.best >= start);
      next = firstVisible === -1 ? incidents.length - 1 : firstVisible;
    } else {
      next = current + step;
      // At either end focus stays, and the reader hears that there is nothing further.
      if (next < 0 || next >= incidents.length) return this.saysEnd(step);
    }
    this.focusItem(incidents[next]);
  }

  /** Up and down: the nearest incident in time in the next lane; above the top lane, the alert bands. */
  private moveAcrossLanes(model: TimelineModel, step: 1 | -1): void {
    const item = this.bind.findItem(this.selection.focusedId);
    if (!item) {
      this.moveInTime(model, 1);
      return;
    }
    // Down from the alert bands goes back to the incident focus came up from, if it is still shown.
    const back = item.kind === 'alert' && step === 1 ? model.incidents.find((incident) => incident.id === this.cameFrom) : undefined;
    if (back) return this.focusItem(back);
    const time = item.kind === 'incident' ? item.time.best : item.start;
    const fromLane = item.kind === 'incident' ? model.laneOfIncident[model.incidents.indexOf(item)] : -1;
    for (let lane = fromLane + step; lane >= 0 && lane < model.lanes.length; lane += step) {
      const {times, incidentIndices} = model.lanes[lane];
      if (!times.length) continue;
      let best = 0;
      for (let i = 1; i < times.length; i++) {
        if (Math.abs(times[i] - time) < Math.abs(times[best] - time)) best = i;
      }
      // A lane with nothing in view is passed over: moving between lanes never throws the view years away.
      const [start, end] = this.view.domain!;
      if (times[best] < start || times[best] > end) continue;
      this.focusItem(model.incidents[incidentIndices[best]]);
      return;
    }
    if (step === -1 && item.kind === 'incident' && model.alerts.length) {
      // The alert in force at that time, else the nearest of those in view (so that the view stays
      // where it is), else the one starting nearest to it.
      const [start, end] = this.view.domain!;
      const inView = model.alerts.filter((alert) => alert.end > start && alert.start < end);
      const distance = (alert: AlertWindow) => (time >= alert.start && time < alert.end ? -alert.level.rank : Math.abs(alert.start - time));
      const candidates = inView.length ? inView : model.alerts;
      this.cameFrom = item.id;
      this.focusItem(candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a)));
    }
  }

  private saysEnd(step: 1 | -1): void {
    this.bind.announce(this.bind.dates().t(step === 1 ? 'noLater' : 'noEarlier'));
  }

  /** Moves focus to an item, brings it into view, and says what it is and where it stands. */
  focusItem(item: TimelineItem): void {
    this.selection.setFocused(item.id);
    if (item.kind === 'incident') this.view.reveal(item.time.best, item.time.best);
    else this.view.reveal(item.start, item.end);
    const model = this.bind.model()!;
    const dates = this.bind.dates();
    this.bind.announce(`${describeItem(item, dates, model.feed)} ${itemContext(item, model, dates.t, this.selection.selected)}`);
  }
}
