import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Names of the bench's own dependencies whose installed version differs from bench/package.json (or is missing). */
function missing(benchDir) {
  const { dependencies } = JSON.parse(readFileSync(join(benchDir, 'package.json'), 'utf8'));
  return Object.entries(dependencies).filter(([name, version]) => {
    const file = join(benchDir, 'node_modules', name, 'package.json');
    return !existsSync(file) || JSON.parse(readFileSync(file, 'utf8')).version !== version;
  });
}

/**
 * Installs bench/package-lock.json when a dependency is missing or stale. Returns false (after saying why) when the
 * install failed, so the caller can skip what needs the peers instead of failing.
 */
export function ensureBenchDependencies(benchDir) {
  const absent = missing(benchDir);
  if (absent.length === 0) return true;
  console.log(`Installing the bench's own dependencies (${absent.map(([name]) => name).join(', ')})…`);
  const command = existsSync(join(benchDir, 'package-lock.json')) ? 'ci' : 'install';
  const result = spawnSync('npm', [command, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: benchDir,
    stdio: 'inherit'
  });
  if (result.status !== 0 || missing(benchDir).length > 0) {
    console.log(`npm ${command} in bench/ failed: the sections that need the peers are skipped.`);
    return false;
  }
  return true;
}

/** "Chromium 156.0.8078.108", or undefined when the browser is not there. */
export function chromiumVersion(executablePath) {
  try {
    const out = execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return /(Chrom\w*|Google Chrome) [\d.]+/.exec(out)?.[0] ?? out.trim();
  } catch {
    return undefined;
  }
}
