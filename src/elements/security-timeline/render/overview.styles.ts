import {css} from 'lit';

/** Styles of the overview strip, adopted when its code arrives. */
export const styles = css`
  .overview {
    position: relative;
    margin-top: 4px;
    border-radius: var(--_radius);
    background: var(--_lane-alt);
    /* Vertical swipes over the strip still scroll the page; horizontal ones move the brush. */
    touch-action: pan-y;
    cursor: crosshair;
    overflow: hidden;
  }
  .overview:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .overview svg {
    display: block;
  }
  .overview-bars.confirmed {
    fill: var(--_marker);
  }
  .overview-bars.reported {
    fill: var(--_marker);
    fill-opacity: 0.55;
  }
  .overview-bars.expected {
    fill: var(--_expected);
  }
  .overview-bars.denied {
    fill: var(--_denied);
  }
  .overview-base {
    stroke: var(--_grid);
  }
  .brush {
    fill: color-mix(in srgb, var(--_focus) 12%, transparent);
    stroke: var(--_focus);
    stroke-width: 1.5;
    cursor: grab;
  }
  .brush-edge {
    fill: var(--_focus);
    cursor: ew-resize;
  }
  .overview-label {
    position: absolute;
    top: 2px;
    padding: 0 4px;
    font-size: 0.8em;
    color: var(--_fg);
    background: color-mix(in srgb, var(--_bg) 85%, transparent);
    pointer-events: none;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .overview-bars {
      fill: CanvasText;
    }
    .brush {
      fill: none;
      stroke: Highlight;
    }
    .brush-edge {
      fill: Highlight;
    }
  }
`;
