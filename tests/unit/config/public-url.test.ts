import { describe, expect, it } from 'vitest';
import { defaultPublicUrl } from '@/lib/public-url';
import { readEnv } from '@/lib/schemas/env';

const base = { DATABASE_URL: 'postgresql://x/y', NEXTAUTH_SECRET: 'a'.repeat(32) };
const fromEnv = (extra: Record<string, string>) =>
  defaultPublicUrl(readEnv({ ...base, ...extra } as unknown as NodeJS.ProcessEnv));

describe('the public site address when the admin has not set one', () => {
  it('follows the port the app serves on', () => {
    expect(fromEnv({})).toBe('http://localhost:3000');
    expect(fromEnv({ PORT: '3217' })).toBe('http://localhost:3217');
  });

  it('prefers PUBLIC_URL, then NEXTAUTH_URL, over the port (without a trailing slash)', () => {
    expect(fromEnv({ PORT: '3217', NEXTAUTH_URL: 'https://desk.example/' })).toBe(
      'https://desk.example',
    );
    expect(
      fromEnv({
        PORT: '3217',
        NEXTAUTH_URL: 'https://desk.example',
        PUBLIC_URL: 'https://facts.example',
      }),
    ).toBe('https://facts.example');
  });

  it('refuses a PUBLIC_URL that is not an http(s) address, or a port that is not one', () => {
    expect(() => fromEnv({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
    expect(() => fromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
