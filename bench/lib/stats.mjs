/** Small statistics and formatting helpers shared by the benchmark sections. */

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarize(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/** Milliseconds with a precision that suits their size. */
export function ms(value) {
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

/** Bytes as kB (1 kB = 1,000 bytes, the stricter reading of the budgets). */
export function kb(bytes) {
  return (bytes / 1000).toFixed(bytes < 10_000 ? 2 : 1);
}

export function ratio(value, base) {
  return base > 0 ? `×${(value / base).toFixed(2)}` : '–';
}

/** Rotates an array by `by` places, so every implementation takes every position in turn. */
export function rotate(items, by) {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
