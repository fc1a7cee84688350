// Failures allowed before back-off starts; an office behind one address gets more room than one account.
export const FREE_FAILURES = { account: 5, address: 20 } as const;
export const MAX_DELAY_SECONDS = 15 * 60;

export type ThrottleKind = keyof typeof FREE_FAILURES;

/** Exponential back-off after the free failures: 1 s, 2 s, 4 s … capped, never a permanent lock. */
export function backoffSeconds(kind: ThrottleKind, failures: number): number {
  const over = failures - FREE_FAILURES[kind];
  if (over <= 0) return 0;
  return Math.min(2 ** (over - 1), MAX_DELAY_SECONDS);
}
