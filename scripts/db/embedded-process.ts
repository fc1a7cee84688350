// An in-memory embedded PostgreSQL in a child process. Its PGlite then keeps working while this
// process blocks (e.g. in spawnSync of a test runner), and its CPU load stays off this process.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { EmbeddedPostgres } from './embedded';

export function startEmbeddedPostgresProcess(): Promise<EmbeddedPostgres> {
  // stdin stays a pipe: when this process dies, the child sees it close and stops.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'embedded.ts'), '--memory'],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('error', reject);
    void exited.then(() =>
      reject(new Error(`embedded PostgreSQL process exited early:\n${output}`)),
    );
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const url = /DATABASE_URL=(\S+)/.exec(output)?.[1];
      if (!url) return;
      child.stdout.removeAllListeners('data').resume();
      resolve({
        url,
        port: Number(new URL(url).port),
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
