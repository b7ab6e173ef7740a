import { performance } from 'node:perf_hooks';

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

/**
 * Runs `run` `warmUp` times untimed, then `runs` times timed: the wall-clock milliseconds of each, and the CPU time this
 * process spent on each (user + system). On a shared machine the wall clock also counts time spent waiting for a core;
 * CPU time is the closer figure for what the work itself costs.
 */
export function timeRuns(run, { warmUp, runs }) {
  for (let i = 0; i < warmUp; i++) run();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const usage = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const spent = process.cpuUsage(usage);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall, cpu };
}
