/**
 * `npm run notify:deliver | notify:due | notify:digest`: one run of a notification job, for a
 * scheduler (cron, pg-boss) or by hand. Uses the app's environment (DATABASE_URL, SMTP_URL,
 * MAIL_FROM, NEXTAUTH_URL); without DATABASE_URL, the running `npm start`'s embedded database.
 *   deliver  send the due emails of the outbox, retrying failures with back-off
 *   due      write "due within a day" / "overdue" reminders (idempotent), then deliver
 *   digest   write each digest user's daily email, then deliver
 */
import { randomBytes } from 'node:crypto';
import { defaultDataDir, runningEmbeddedUrl } from '@/scripts/db/embedded';

const JOBS = ['deliver', 'due', 'digest'] as const;
type Job = (typeof JOBS)[number];

async function main() {
  const job = process.argv[2] as Job;
  if (!JOBS.includes(job)) throw new Error(`usage: scripts/notify.ts ${JOBS.join('|')}`);
  process.env.DATABASE_URL ||= runningEmbeddedUrl(defaultDataDir);
  if (!process.env.DATABASE_URL)
    throw new Error('set DATABASE_URL, or run it while `npm start` serves the embedded database');
  // lib/env requires a session secret; these jobs sign nothing.
  process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString('base64url');
  const { db } = await import('@/lib/db');
  const { deliverPendingEmails } = await import('@/lib/notify/deliver');
  const { emailEnabled } = await import('@/lib/notify/mailer');
  try {
    if (job === 'due') {
      const { notifyDueClaims } = await import('@/lib/notify/reminders');
      console.log(`notify:due: ${JSON.stringify(await notifyDueClaims())}`);
    }
    if (job === 'digest') {
      const { queueDigests } = await import('@/lib/notify/digest');
      console.log(`notify:digest: ${JSON.stringify(await queueDigests())}`);
    }
    if (!emailEnabled()) console.log('notify: SMTP_URL is not set, so no email is sent.');
    else console.log(`notify:deliver: ${JSON.stringify(await deliverPendingEmails())}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`notify: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
