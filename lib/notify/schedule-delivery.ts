import 'server-only';
import { after } from 'next/server';

/**
 * Runs the email deliverer after the response is sent (Next's after()), so a slow or failing SMTP
 * server never delays or fails the action; outside a request (scripts, tests) it does nothing and
 * `npm run notify:deliver` or the scheduled job sends the mail.
 */
export function scheduleDelivery(): void {
  try {
    after(async () => {
      const { deliverPendingEmails } = await import('./deliver');
      await deliverPendingEmails().catch((error: unknown) =>
        console.error('Email delivery failed; it will be retried.', error),
      );
    });
  } catch {
    // Not inside a request.
  }
}
