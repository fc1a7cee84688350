// Processes the load bench starts: the app (`next start` from an existing build), the bare
// ceiling server, and the peak-RSS reading of a process tree.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../db/paths';
import type { BareServerMessage } from './bench-bare-server';
import { nextBin } from './next-build';
import { serverNodeOptions } from './server-memory';

export async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answered = await fetch(url, { redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Nothing answered at ${url} within ${timeoutMs / 1000} s.`);
}

interface AppServerOptions {
  root: string;
  distDir: string;
  port: number;
  env: NodeJS.ProcessEnv;
}

/** Runs `args` with node as the app's production server on the build in distDir; the caller kills it. */
function spawnAppServer(
  options: AppServerOptions,
  args: string[],
  env: Record<string, string> = {},
) {
  if (!existsSync(path.join(options.root, options.distDir, 'BUILD_ID')))
    throw new Error(
      `No production build in ${options.distDir}: run \`NEXT_DIST_DIR=${options.distDir} npm run build\` first, or pass --url.`,
    );
  return spawn(process.execPath, args, {
    cwd: options.root,
    env: {
      ...options.env,
      ...env,
      NEXT_DIST_DIR: options.distDir,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // The heap limit `npm start` gives the app (scripts/lib/server-memory.ts).
      NODE_OPTIONS: serverNodeOptions(options.env),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** `next start` on port from the build in distDir; the caller kills it. */
export function startNext(options: AppServerOptions): ChildProcess {
  return spawnAppServer(options, [nextBin(options.root), 'start', '-p', String(options.port)]);
}

/**
 * `npm start`'s server (scripts/serve.ts) with FACTDESK_INSTANCES instances on port, from the build in
 * distDir; env must carry REDIS_URL when instances > 1. The caller kills it (SIGTERM stops them all).
 */
export function startServe(options: AppServerOptions & { instances: number }): ChildProcess {
  return spawnAppServer(
    options,
    [
      path.join(options.root, 'node_modules/tsx/dist/cli.mjs'),
      path.join(options.root, 'scripts/serve.ts'),
      '-p',
      String(options.port),
    ],
    { FACTDESK_INSTANCES: String(options.instances) },
  );
}

const statusField = (pid: number, field: string): number | null => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
};

/** pid and every process under it (the server's instances, Next's own worker). */
export function processTree(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/))
      if (task) children.push(...processTree(Number(task)));
  } catch {
    // Gone, or not Linux: the pid alone.
  }
  return [pid, ...children];
}

/**
 * Peak resident memory (VmHWM, bytes) of pid and each descendant: the largest one (the Next
 * server) and the sum of peaks (an upper bound for the tree), or null when /proc is unreadable.
 */
export function peakRss(pid: number): { largest: number; sum: number; processes: number } | null {
  const peaks = processTree(pid)
    .map((each) => statusField(each, 'VmHWM'))
    .filter((value): value is number => value !== null);
  if (!peaks.length) return null;
  return {
    largest: Math.max(...peaks),
    sum: peaks.reduce((a, b) => a + b, 0),
    processes: peaks.length,
  };
}

export interface BareServer {
  store(copy: { path: string; status: number; contentType: string; body: Buffer }): Promise<void>;
  stop(): void;
}

/** The bare ceiling server in a child process, listening on port. */
export async function startBareServer(port: number): Promise<BareServer> {
  const child = fork(path.join(repoRoot, 'scripts/lib/bench-bare-server.ts'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const reply = (type: string) =>
    new Promise<void>((resolve, reject) => {
      const onMessage = (message: { type: string }) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve();
      };
      const onExit = () => reject(new Error('The bare ceiling server exited.'));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const send = (message: BareServerMessage) => child.send(message);
  const listening = reply('listening');
  send({ type: 'listen', port });
  await listening;
  return {
    async store(copy) {
      const stored = reply('stored');
      send({ type: 'copy', copy: { ...copy, body: copy.body.toString('base64') } });
      await stored;
    },
    stop: () => child.kill(),
  };
}
