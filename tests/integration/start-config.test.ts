import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');

describe('npm start configuration', () => {
  it('refuses to start on DATABASE_URL without NEXTAUTH_SECRET, with a clear message', () => {
    const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL, PORT: '3999' };
    delete env.NEXTAUTH_SECRET;
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'],
      { cwd: root, env, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(result.stderr).toMatch(/NEXTAUTH_SECRET must be set/);
  });
});
