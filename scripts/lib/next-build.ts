import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

export function nextBin(root: string): string {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}

/** Runs `next build` in the foreground; exits the process if it fails. */
export function runNextBuild(root: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, [nextBin(root), 'build'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('next build failed; see the output above.');
    process.exit(result.status ?? 1);
  }
}
