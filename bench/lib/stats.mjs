// Summaries of timing samples. Nearest-rank percentiles: every figure reported is one that was measured.

/** The p-th percentile (0–100) of the values, nearest rank; NaN for no values. */
export function percentile(values, p) {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (values) => percentile(values, 50);

/** Median, min and max (and the count), rounded to 0.1 ms: what the tables show for a timing. */
export function spread(values) {
  const round = (n) => Math.round(n * 10) / 10;
  return {
    n: values.length,
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}
