import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_ROOTS = [
  'app',
  'components',
  'lib',
  'next.config.js',
  'package-lock.json',
  'postcss.config.mjs',
  'instrumentation.ts',
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** True when there is no production build in distDir or a source file is newer than it. */
export function buildIsStale(root: string, distDir: string): boolean {
  const buildId = path.join(root, distDir, 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCE_ROOTS.some((entry) => newestMtime(path.join(root, entry)) > built);
}

/**
 * Empties the in-process data cache (`unstable_cache` entries in `<distDir>/cache/fetch-cache`),
 * which `next build` keeps from the last build and prerenders pages from: after a code change (a
 * page size, a field) or against another database they would be the old build's answers. Run
 * before every build. (With REDIS_URL the entries are keyed by build id already.)
 */
export function clearDataCache(root: string, distDir = process.env.NEXT_DIST_DIR || '.next'): void {
  rmSync(path.join(root, distDir, 'cache', 'fetch-cache'), { recursive: true, force: true });
}

export function nextBin(root: string): string {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}

/**
 * `next build`, without blocking this process: the build renders pages that read the database, and
 * under `npm start` the embedded database is served from this process's event loop.
 */
export async function runNextBuild(root: string, env: NodeJS.ProcessEnv): Promise<void> {
  clearDataCache(root, env.NEXT_DIST_DIR || '.next');
  const status = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [nextBin(root), 'build'], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    child.on('exit', (code) => resolve(code));
    child.on('error', () => resolve(1));
  });
  if (status !== 0) {
    console.error('next build failed; see the output above.');
    process.exit(status ?? 1);
  }
}
