import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/schemas/env';

describe('readEnv', () => {
  it('names every missing setting in one message', () => {
    expect(() => readEnv({} as unknown as NodeJS.ProcessEnv)).toThrow(
      /DATABASE_URL.*NEXTAUTH_SECRET/,
    );
  });

  it('accepts a complete environment', () => {
    expect(
      readEnv({
        DATABASE_URL: 'postgresql://x/y',
        NEXTAUTH_SECRET: 'a'.repeat(32),
      } as unknown as NodeJS.ProcessEnv).DATABASE_URL,
    ).toBe('postgresql://x/y');
  });

  it('takes SMTP_URL as smtp:// or smtps://, empty as unset, and refuses anything else', () => {
    const base = { DATABASE_URL: 'postgresql://x/y', NEXTAUTH_SECRET: 'a'.repeat(32) };
    const read = (SMTP_URL: string) =>
      readEnv({ ...base, SMTP_URL } as unknown as NodeJS.ProcessEnv).SMTP_URL;
    expect(read('smtps://user:pass@mail.example.org:465')).toBe(
      'smtps://user:pass@mail.example.org:465',
    );
    expect(read('')).toBeUndefined();
    expect(() => read('mail.example.org')).toThrow(/SMTP_URL/);
  });
});
