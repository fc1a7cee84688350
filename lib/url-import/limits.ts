import { env } from '@/lib/env';

export interface FetchLimits {
  /** Whole fetch, redirects included. */
  timeoutMs: number;
  /** Decoded body bytes; reading stops beyond this. */
  maxBytes: number;
  maxRedirects: number;
  /** Test-only: reach loopback and private addresses. */
  allowPrivate: boolean;
}

export const DEFAULT_LIMITS: Omit<FetchLimits, 'allowPrivate'> = {
  timeoutMs: 10_000,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 5,
};

export function limitsFrom(overrides: Partial<FetchLimits> = {}): FetchLimits {
  return {
    ...DEFAULT_LIMITS,
    allowPrivate: env.FACTDESK_ALLOW_PRIVATE_FETCH === '1',
    ...overrides,
  };
}
