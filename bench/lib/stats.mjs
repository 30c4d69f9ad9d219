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

function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** A ratio's spread is wide when its interquartile range exceeds this share of its median. */
export const WIDE_SPREAD = 0.1;

/** Quartiles of the per-round ratios a / b, and whether they disagree widely (undefined without samples). */
export function spreadOf(samplesA, samplesB) {
  if (!samplesA || !samplesB) return undefined;
  const sorted = samplesA.map((a, index) => a / samplesB[index]).sort((x, y) => x - y);
  const [min, p25, p50, p75, max] = [0, 0.25, 0.5, 0.75, 1].map((q) => quantile(sorted, q));
  const relativeIqr = (p75 - p25) / p50;
  return {
    min: round(min, 3),
    p25: round(p25, 3),
    median: round(p50, 3),
    p75: round(p75, 3),
    max: round(max, 3),
    relativeIqr: round(relativeIqr, 3),
    wide: relativeIqr > WIDE_SPREAD,
  };
}
