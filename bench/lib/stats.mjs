/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median over rounds of a / b, each ratio taken within one round so machine drift cancels. */
export function medianRatio(samplesA, samplesB) {
  if (!samplesA || !samplesB) return Number.NaN;
  return median(samplesA.map((a, round) => a / samplesB[round]));
}

/** Rounds a number to `digits` decimals (for the report, never for comparisons). */
export function round(value, digits = 2) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
