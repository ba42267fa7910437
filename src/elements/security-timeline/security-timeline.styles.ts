import {css} from 'lit';

/**
 * Public custom properties fall back to theme tokens (`--_…`), which switch with the theme.
 * Colours meet WCAG AA contrast on their background in both themes.
 */
export const styles = css`
  /* Light and dark values side by side: light-dark() follows color-scheme, which the theme sets. */
  :host {
    --_bg: var(--st-background, light-dark(#ffffff, #11151c));
    --_fg: var(--st-color, light-dark(#1d2330, #e6e9ef));
    --_muted: var(--st-muted-color, light-dark(#505a6b, #a9b2c1));
    --_grid: var(--st-grid-color, light-dark(#e3e7ee, #2a313d));
    --_lane-alt: var(--st-lane-alternate-background, light-dark(#f6f8fb, #161b24));
    --_accent: var(--st-accent-color, light-dark(#1f5fbf, #7fb0ff));
    --_focus: var(--st-focus-color, light-dark(#1f5fbf, #9cc2ff));
    --_marker: var(--st-marker-color, light-dark(#24324a, #d7dde8));
    --_expected: var(--st-expected-color, light-dark(#8a4b00, #ffb454));
    --_denied: var(--st-denied-color, light-dark(#6b7280, #9aa3b2));
    --_cluster: var(--st-cluster-color, light-dark(#3b4a63, #8fa3c4));
    --_today: var(--st-today-color, light-dark(#c2185b, #ff6fa5));
    --_band-opacity: var(--st-band-opacity, 0.2);
    --_panel: var(--st-panel-background, light-dark(#f3f5f9, #1a202b));
    --_error: var(--st-error-color, light-dark(#a4161a, #ff8a8a));
    --_font-size: var(--st-font-size, 0.875em);
    --_lane-height: var(--st-lane-height, 3.15em);
    --_radius: var(--st-radius, 6px);

    display: block;
    position: relative;
    min-width: 0;
    container-type: inline-size;
    /* The page's font, at 0.875 of its size, unless set: without --st-font-family the declaration
       is invalid and the font is inherited. */
    font-family: var(--st-font-family);
    font-size: var(--_font-size);
    line-height: 1.4;
  }

  /* The scheme is set where the colours are used, so that the light-dark() of the tokens follows it. */
  .base {
    color: var(--_fg);
    background: var(--_bg);
    color-scheme: light;
  }

  .base.dark,
  :host([theme='dark']) .base {
    color-scheme: dark;
  }

  :host([theme='light']) .base {
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
  }

  h2 {
    font-size: 1.1em;
    margin: 0;
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }

  button {
    font: inherit;
    font-size: 0.9em;
    color: var(--_fg);
    background: var(--_panel);
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    padding: 4px 10px;
    min-height: 32px;
    min-width: 32px;
    cursor: pointer;
  }

  button:hover {
    border-color: var(--_muted);
  }

  button:focus-visible,
  a:focus-visible,
  .chart:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .toolbar button[aria-pressed='true'] {
    border-color: var(--_accent);
    color: var(--_accent);
  }

  .chart {
    position: relative;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    overflow: hidden;
    /* Vertical swipes scroll the page; horizontal drags pan and two fingers zoom the chart. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }

  /* The incidents left out of the window, under the chart: earlier at the start, later at the end. */
  .outside {
    display: flex;
    gap: 8px;
    margin-top: -4px;
    font-size: 0.8em;
  }
  .outside .later {
    margin-inline-start: auto;
  }

  /* Over the chart, for a moment, after the wheel scrolled the page: how to zoom instead. */
  .gesture-hint {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 1em;
    text-align: center;
    background: rgb(0 0 0 / 0.45);
    color: #fff;
    font-size: 1.1em;
    pointer-events: none;
  }

  .chart.dragging {
    cursor: grabbing;
  }

  svg {
    display: block;
    overflow: hidden;
  }

  svg text {
    fill: var(--_fg);
  }

  /* Inside its lane on a phone: smaller, with a halo of the lane's colour over anything behind it. */
  .lane-label.inline {
    font-size: 0.72em;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }

  .lane-label {
    font-size: 0.8em;
    font-weight: 600;
  }

  .lane-background.alternate {
    fill: var(--_lane-alt);
  }

  .lane-background {
    fill: transparent;
  }

  .tick line {
    stroke: var(--_grid);
  }

  .tick text {
    fill: var(--_muted);
    font-size: 0.75em;
  }

  .tick.major text {
    fill: var(--_fg);
    font-weight: 600;
  }

  .axis-line {
    stroke: var(--_muted);
  }

  .today line {
    stroke: var(--_today);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }

  .today text {
    fill: var(--_today);
    font-size: 0.7em;
    font-weight: 600;
  }

  .band-fill {
    fill-opacity: var(--_band-opacity);
    cursor: pointer;
  }

  /* A level's step on the scale, drawn over its stripe: one dot for the lowest, a solid bar for the highest. */
  .band-stripe {
    stroke: var(--_bg);
    stroke-width: 2;
    stroke-opacity: 0.85;
  }
  .band.step-1 .band-stripe {
    stroke-dasharray: 1 5;
  }
  .band.step-2 .band-stripe {
    stroke-dasharray: 3 4;
  }
  .band.step-3 .band-stripe {
    stroke-dasharray: 6 3;
  }
  .band.step-4 .band-stripe {
    stroke-dasharray: 10 2;
  }
  .band.step-5 .band-stripe {
    stroke-dasharray: none;
    stroke-opacity: 0;
  }

  .band-stripe {
    cursor: pointer;
  }

  .band-label {
    font-size: 0.72em;
    font-weight: 600;
    pointer-events: none;
    fill: #fff;
  }

  .band-label.on-light {
    fill: #111;
  }

  .band.active .band-stripe,
  .band.selected .band-stripe {
    stroke: var(--_focus);
    stroke-width: 3;
    stroke-dasharray: none;
    stroke-opacity: 1;
  }

  .marker {
    cursor: pointer;
  }

  .marker path.shape {
    stroke: var(--_marker);
    stroke-width: 1.5;
    fill: var(--_marker);
  }

  .marker.reported path.shape {
    fill-opacity: 0.55;
  }

  .marker.expected path.shape {
    fill: var(--_bg);
    stroke: var(--_expected);
    stroke-dasharray: 3 2;
    stroke-width: 2;
  }

  .marker.denied path.shape {
    fill: var(--_bg);
    stroke: var(--_denied);
  }

  .marker .strike {
    stroke: var(--_denied);
    stroke-width: 2;
  }

  .marker .interval {
    fill: none;
    stroke: var(--_marker);
    stroke-opacity: 0.5;
    stroke-width: 2;
  }

  .marker.expected .interval {
    stroke: var(--_expected);
    stroke-dasharray: 4 3;
  }

  .marker .hit {
    fill: transparent;
  }

  .marker.active path.shape,
  .marker.selected path.shape {
    stroke: var(--_focus);
    stroke-width: 3;
  }

  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5;
  }

  /* A cluster reads as a ring chart: a pale disc holding its count, its ring split by status in
     the markers' colours, over the span of time its incidents may have happened in. */
  path.cluster {
    fill: color-mix(in srgb, var(--_cluster) 16%, var(--_bg));
    stroke: var(--_bg);
    stroke-width: 1;
  }

  .cluster-ring {
    fill: none;
    stroke-width: 3;
    pointer-events: none;
  }
  .cluster-ring.confirmed {
    stroke: var(--_marker);
  }
  .cluster-ring.reported {
    stroke: var(--_marker);
    stroke-opacity: 0.55;
  }
  .cluster-ring.expected {
    stroke: var(--_expected);
  }
  .cluster-ring.denied {
    stroke: var(--_denied);
  }

  .cluster-span {
    fill: none;
    stroke: var(--_cluster);
    stroke-opacity: 0.6;
    stroke-width: 1.5;
    pointer-events: none;
  }

  .cluster-count {
    fill: var(--_fg);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
    font-variant-numeric: tabular-nums;
    pointer-events: none;
  }

  .cluster {
    cursor: zoom-in;
  }

  .state {
    padding: 24px 16px;
    text-align: center;
    color: var(--_muted);
  }

  .state.error {
    color: var(--_error);
    text-align: start;
    overflow-wrap: anywhere;
  }

  /* Text from a feed is isolated, so a bidi override in it stays inside its own box (the parts
     loaded on demand bring their own rules, with their styles). */
  h2,
  h3 {
    unicode-bidi: isolate;
  }

  a {
    color: var(--_accent);
  }

  .problem-count {
    color: var(--_error);
    border-color: var(--_error);
  }

  .stale {
    color: var(--_expected);
    font-size: 0.85em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .summary,
  .attribution {
    color: var(--_muted);
    font-size: 0.85em;
    margin: 0;
  }

  .attribution {
    font-size: 0.8em;
  }

`;
