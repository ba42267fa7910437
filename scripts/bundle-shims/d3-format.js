// The drop-in bundle's stand-in for d3-format. d3-scale imports it only for `scale.tickFormat()`,
// which the timeline never calls (its labels come from Intl.DateTimeFormat). Calling it throws.

function missing() {
  throw new Error('security-timeline bundle: not included; use the ESM build');
}

export const format = missing;
export const formatPrefix = missing;
export const formatSpecifier = missing;
export const precisionFixed = missing;
export const precisionPrefix = missing;
export const precisionRound = missing;
