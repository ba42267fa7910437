/** Statistics of the measured figures, and how the report writes numbers. */

const sorted = (values) => [...values].sort((a, b) => a - b);
function quantile(values, q) {
  if (!values.length) return null;
  const s = sorted(values);
  const position = (s.length - 1) * q;
  const low = Math.floor(position);
  return s[low] + (s[Math.ceil(position)] - s[low]) * (position - low);
}
/** Nearest-rank percentile: p95 of 30 steps is the 29th smallest. */
export const percentile = (values, p) => (values.length ? sorted(values)[Math.ceil((p / 100) * values.length) - 1] : null);
export const median = (values) => quantile(values, 0.5);
export function summary(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!v.length) return null;
  return {
    n: v.length,
    median: median(v),
    min: Math.min(...v),
    max: Math.max(...v),
    q1: quantile(v, 0.25),
    q3: quantile(v, 0.75),
    p95: percentile(v, 95),
  };
}

export const ms = (x) => (x == null ? '–' : x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'));
export const int = (x) => (x == null ? '–' : Math.round(x).toLocaleString('en-US'));
export const mb = (x) => (x == null ? '–' : (x / 1024 / 1024).toFixed(1));
export const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
export const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
export const fmtRatio = (r) => (r == null ? '–' : r >= 10 ? r.toFixed(0) : r >= 0.1 ? r.toFixed(2) : r.toFixed(3));
