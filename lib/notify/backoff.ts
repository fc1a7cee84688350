/** Attempts before a message is given up as FAILED (about 4 hours of retries in all). */
export const MAX_EMAIL_ATTEMPTS = 8;

/** Minutes until the next try after `attempts` failed ones: 1, 2, 4 … capped at 2 hours. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 120);
}
