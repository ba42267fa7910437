/**
 * Small pure helpers for what readers see: labels, colours, list attributes. No DOM.
 */
import type {AlertLevel, AlertWindow, Incident} from '../feed/types.js';

/** Anything the timeline can select. */
export type TimelineItem = AlertWindow | Incident;

/** "security-measure" → "Security measure". */
export function humanize(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Shortens text for a place with little room, keeping whole characters (a surrogate pair is
 * never split). The full text stays available in the details panel and the table.
 */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(1, max - 1)).join('') + '…';
}

/**
 * Text cut short to fit `roomPx` as `widthOf` measures it: the longest start of it, in whole
 * characters, that fits with an ellipsis (at least one character); the whole text when it fits.
 */
export function fitToWidth(text: string, roomPx: number, widthOf: (text: string) => number): string {
  if (widthOf(text) <= roomPx) return text;
  const chars = Array.from(text);
  const cut = (length: number) => `${chars.slice(0, length).join('').trimEnd()}…`;
  let [low, high] = [1, chars.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (widthOf(cut(middle)) <= roomPx) low = middle;
    else high = middle - 1;
  }
  return cut(low);
}

/** A space- or comma-separated attribute value as a list, without empty entries. */
export function splitList(value: string | null | undefined, separator: RegExp = /[\s,]+/): string[] {
  if (!value) return [];
  return value
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Colours for levels without one, from calm to grave: each at least 3:1 against the light and the
 * dark theme's lanes, neighbours apart in hue and lightness.
 */
export const RANK_RAMP = ['#5c6b80', '#a08f00', '#d06800', '#d4302a', '#b8229e'];

/**
 * A level's step on the scale of the feed's known levels, 1 (lowest) to 5 (highest), for the
 * pattern that tells levels apart without their colour.
 */
export function levelStep(level: AlertLevel, scale: readonly AlertLevel[]): number {
  const ranks = [...new Set(scale.filter((each) => each.known).map((each) => each.rank))].sort((a, b) => a - b);
  const index = ranks.indexOf(level.rank);
  if (index === -1 || ranks.length <= 1) return ranks.length <= 1 && index === 0 ? 5 : 1;
  return 1 + Math.round((index / (ranks.length - 1)) * 4);
}

/** The colour of a level: its own, or one picked by its position on the scale. */
export function levelColor(level: AlertLevel, scale: readonly AlertLevel[]): string {
  if (level.color) return level.color;
  if (!level.known) return '#6b7280';
  const ranks = [...new Set(scale.map((l) => l.rank))].sort((a, b) => a - b);
  const position = ranks.length <= 1 ? 1 : ranks.indexOf(level.rank) / (ranks.length - 1);
  return RANK_RAMP[Math.round(position * (RANK_RAMP.length - 1))];
}

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
export function relativeLuminance(r: number, g: number, b: number): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Whether dark text reads better than white on a `#rrggbb` background (WCAG relative luminance). */
export function needsDarkText(background: string): boolean {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16));
  const luminance = relativeLuminance(r, g, b);
  // Contrast against white is 1.05 / (L + 0.05), against black (L + 0.05) / 0.05.
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05);
}
