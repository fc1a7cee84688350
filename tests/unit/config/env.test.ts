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
});
