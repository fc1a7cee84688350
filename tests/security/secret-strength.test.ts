import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/schemas/env';
import { DEMO_PASSWORD } from '@/prisma/demo-data';
import { startBanner } from '@/scripts/lib/start-banner';

const root = path.resolve(__dirname, '..', '..');
const deployment = (secret: string, extra: Record<string, string> = {}) =>
  ({
    DATABASE_URL: 'postgresql://db.example.org/factdesk',
    NODE_ENV: 'production',
    NEXTAUTH_SECRET: secret,
    ...extra,
  }) as unknown as NodeJS.ProcessEnv;

describe('NEXTAUTH_SECRET on a deployment', () => {
  it.each([
    ['16 repeated letters', 'aaaaaaaaaaaaaaaa'],
    ['40 repeated letters', 'a'.repeat(40)],
    ['16 random bytes as base64 (too short)', randomBytes(16).toString('base64')],
    ['a sequence', 'abcdefghijklmnopqrstuvwxyz0123456789'],
    ['common words', 'passwordpasswordpasswordpassword'],
  ])('refuses %s', (_, secret) => {
    expect(() => readEnv(deployment(secret))).toThrow(/NEXTAUTH_SECRET/);
  });

  it('accepts generated secrets', () => {
    for (let i = 0; i < 20; i++) {
      expect(() => readEnv(deployment(randomBytes(32).toString('base64')))).not.toThrow();
      expect(() => readEnv(deployment(randomBytes(16).toString('hex')))).not.toThrow();
    }
  });

  it('leaves development and the embedded demo database alone', () => {
    expect(() => readEnv(deployment('a'.repeat(16), { NODE_ENV: 'development' }))).not.toThrow();
    expect(() => readEnv(deployment('a'.repeat(16), { FACTDESK_EMBEDDED: '1' }))).not.toThrow();
  });

  it('stops `npm start` on DATABASE_URL with a weak secret, before touching the database', () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none',
      NEXTAUTH_SECRET: 'aaaaaaaaaaaaaaaa',
      PORT: '3999',
    };
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/tsx/dist/cli.mjs'),
        '--conditions=react-server',
        'scripts/start.ts',
      ],
      { cwd: root, env, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/NEXTAUTH_SECRET must be at least 32 bytes/);
  });
});

describe('the start banner', () => {
  it('names the demo password only for the embedded demo database', () => {
    expect(startBanner({ port: 3000, embedded: true })).toContain(DEMO_PASSWORD);
    const deployed = startBanner({ port: 3000, embedded: false });
    expect(deployed).toBe('factdesk: http://localhost:3000');
    expect(deployed).not.toContain(DEMO_PASSWORD);
  });
});
