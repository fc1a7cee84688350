// App servers a spec starts itself beside the one Playwright runs: scripts/serve.ts from the build
// under test, as `npm start` runs it, on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, Socket } from 'node:net';

export function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(port || 6379), hostname, () => done(true));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once /signin answers on port; `env` is added to the test run's environment. */
export async function startAppServer(
  port: number,
  env: Record<string, string>,
  pollMs = 250,
): Promise<ChildProcess> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NODE_ENV: 'production',
    // Small pools: on the embedded database every app server shares its connection limit.
    DATABASE_POOL_SIZE: '3',
    ...env,
  };
  delete childEnv.FACTDESK_PUBLIC_CACHE;
  const child = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/serve.ts', '-p', String(port)],
    { env: childEnv, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app server on port ${port} exited`);
    const up = await fetch(`http://localhost:${port}/signin`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  child.kill();
  throw new Error(`app server on port ${port} did not start`);
}
