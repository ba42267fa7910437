/**
 * The element under forced colours (Windows High Contrast and the like): every mark in the
 * reader's system colours, whatever the theme, so that nothing becomes invisible on the forced
 * background. SVG fills and strokes are not forced by the browser, so each is set here. Meaning
 * never rests on colour: levels keep their stripe patterns and labels, statuses their shapes.
 */
import {css} from 'lit';

export const forcedColorStyles = css`
  @media (forced-colors: active) {
    .base {
      --_bg: Canvas;
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_grid: GrayText;
      --_lane-alt: Canvas;
      --_accent: LinkText;
      --_focus: Highlight;
      --_marker: CanvasText;
      --_expected: CanvasText;
      --_denied: GrayText;
      --_cluster: CanvasText;
      --_today: Highlight;
      --_panel: Canvas;
      --_error: CanvasText;
    }
    svg text,
    .band-label,
    .band-label.on-light,
    .tick text,
    .lane-label {
      fill: CanvasText;
    }
    .lane-background,
    .lane-background.alternate {
      fill: Canvas;
    }
    .axis-line,
    .tick line {
      stroke: GrayText;
    }
    .band-stripe {
      fill: Canvas;
      stroke: CanvasText;
      stroke-opacity: 1;
      stroke-width: 1.5;
    }
    .band.step-5 .band-stripe {
      fill: CanvasText;
    }
    .band.step-5 .band-label {
      fill: Canvas;
    }
    .band-fill {
      fill: Highlight;
      fill-opacity: 0.15;
    }
    .marker path.shape {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker.expected path.shape,
    .marker.denied path.shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .marker .interval,
    .marker .strike {
      stroke: CanvasText;
    }
    .marker.active path.shape,
    .marker.selected path.shape,
    .focus-ring,
    .band.active .band-stripe,
    .band.selected .band-stripe {
      stroke: Highlight;
    }
    path.cluster {
      fill: Canvas;
      stroke: CanvasText;
    }
    .cluster-count {
      fill: CanvasText;
    }
    .cluster-ring,
    .cluster-span {
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    .today line {
      stroke: Highlight;
    }
    .today text {
      fill: Highlight;
    }
    .chart:focus-visible {
      outline: 2px solid Highlight;
    }
    /* A level's colour in the legend is a key the reader's system does not replace. */
    .base .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
    .base .tooltip {
      border: 1px solid CanvasText;
    }
  }
`;

/** As a part loaded on demand calls its styles. */
export {forcedColorStyles as styles};
