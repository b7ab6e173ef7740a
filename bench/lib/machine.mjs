import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** One line naming the machine, for the heading of every section of RESULTS.md. */
export function machineLine(chromiumVersion) {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) cpu = match[1].trim();
  } catch {
    // Not Linux: keep the model Node reports.
  }
  const parts = [cpu, `${cpus().length} cores`, `Node ${process.versions.node}`];
  if (chromiumVersion) parts.push(chromiumVersion);
  parts.push(new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC');
  return parts.join(' · ');
}
