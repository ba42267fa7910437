// The drop-in bundle's stand-in for d3-interpolate. The timeline's scales only ever map numbers
// to numbers, and d3-interpolate's generic `interpolate` pulls in all of d3-color (10 KB) for
// colours and strings that are never interpolated here. Same API for numbers; anything else throws.

export function interpolateNumber(a, b) {
  return ((a = +a), (b = +b), (t) => a * (1 - t) + b * t);
}

export function interpolateRound(a, b) {
  return ((a = +a), (b = +b), (t) => Math.round(a * (1 - t) + b * t));
}

export function interpolate(a, b) {
  if (typeof b !== 'number' && !(b instanceof Number)) {
    throw new TypeError('security-timeline bundle: only numbers can be interpolated');
  }
  return interpolateNumber(a, b);
}

// As in d3-interpolate: an interpolator through several values, one piece per pair.
export function piecewise(interpolator, values) {
  if (values === undefined) {
    values = interpolator;
    interpolator = interpolate;
  }
  const n = values.length - 1;
  const pieces = new Array(n);
  let v = values[0];
  for (let i = 0; i < n; i++) pieces[i] = interpolator(v, (v = values[i + 1]));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return pieces[i](t - i);
  };
}
