import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { freePort, redisReachable, startAppServer } from './app-server';
import { expect, test } from './fixtures';

// FACTDESK_INSTANCES (README, Production topology): one `npm start` serving from several
// processes on one port, so a machine's cores all render; they share the page cache through Redis.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** The cluster's primary under the started process (tsx runs the script in a child) and its instances. */
function instancesUnder(pid: number): { primary: number; instances: number[] } | null {
  for (const child of childrenOf(pid)) {
    const grandchildren = childrenOf(child);
    if (grandchildren.length >= 2) return { primary: child, instances: grandchildren };
    const deeper = instancesUnder(child);
    if (deeper) return deeper;
  }
  return null;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('FACTDESK_INSTANCES=2 serves from two processes and replaces one that dies', async () => {
  test.setTimeout(180_000);
  test.skip(process.platform !== 'linux', 'reads the process tree from /proc');
  test.skip(
    !(await redisReachable(REDIS_URL)),
    `Redis is not reachable at ${REDIS_URL} (set TEST_REDIS_URL): several instances need it.`,
  );
  const port = await freePort();
  const server = await startAppServer(port, {
    REDIS_URL,
    REDIS_KEY_PREFIX: `instances-${randomBytes(4).toString('hex')}:`,
    FACTDESK_INSTANCES: '2',
    DATABASE_POOL_SIZE: '1',
  });
  const origin = `http://localhost:${port}`;
  try {
    const started = instancesUnder(server.pid!);
    expect(started?.instances).toHaveLength(2);
    for (let i = 0; i < 10; i++) expect((await fetch(`${origin}/signin`)).status).toBe(200);

    const [victim, survivor] = started!.instances;
    process.kill(victim, 'SIGKILL');
    // The killed process stays listed until the primary reaps it: wait for a new one beside the survivor.
    const current = () =>
      (instancesUnder(server.pid!)?.instances ?? []).filter((p) => p !== victim);
    await expect.poll(current, { timeout: 90_000 }).toHaveLength(2);
    const replaced = current();
    expect(replaced).toContain(survivor);
    await expect
      .poll(async () => (await fetch(`${origin}/signin`).catch(() => null))?.status, {
        timeout: 90_000,
      })
      .toBe(200);

    server.kill('SIGTERM');
    await expect.poll(() => replaced.filter(alive), { timeout: 30_000 }).toEqual([]);
  } finally {
    // SIGKILL would reach only tsx, leaving the primary and its instances running.
    const tree = instancesUnder(server.pid!);
    const left = [server.pid!, ...(tree ? [tree.primary, ...tree.instances] : [])];
    if (server.exitCode === null) server.kill('SIGTERM');
    await expect
      .poll(() => left.filter(alive), { timeout: 30_000 })
      .toEqual([])
      .catch(() => left.filter(alive).forEach((pid) => process.kill(pid, 'SIGKILL')));
  }
});

test('a server that cannot listen exits with an error instead of running on without a port', async () => {
  test.setTimeout(120_000);
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, resolve));
  const { port } = taken.address() as AddressInfo;
  try {
    for (const instances of ['1', '2']) {
      const server = spawn(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', 'scripts/serve.ts', '-p', String(port)],
        {
          env: { ...process.env, NODE_ENV: 'production', FACTDESK_INSTANCES: instances, REDIS_URL },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let stderr = '';
      server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => server.on('exit', resolve));
      expect(code, `${instances} instance(s)`).toBe(1);
      expect(stderr).toContain(`cannot serve on port ${port}`);
    }
  } finally {
    taken.close();
  }
});
