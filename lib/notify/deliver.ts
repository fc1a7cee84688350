import 'server-only';
import type { Transporter } from 'nodemailer';
import { db } from '@/lib/db';
import { MAX_EMAIL_ATTEMPTS, retryDelayMinutes } from './backoff';
import { mailTransport } from './mailer';

// A claimed message is left alone by other deliverers this long; longer than one SMTP attempt can take.
const LEASE_MS = 5 * 60_000;

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Claims due messages with FOR UPDATE SKIP LOCKED (so deliverers on several instances never take
 * the same one), leases them by pushing nextAttemptAt ahead, and commits before sending.
 */
async function claimBatch(limit: number) {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OutboundEmail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= (now() AT TIME ZONE 'UTC')
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (!rows.length) return [];
    const ids = rows.map((row) => row.id);
    await tx.outboundEmail.updateMany({
      where: { id: { in: ids } },
      data: { attempts: { increment: 1 }, nextAttemptAt: new Date(Date.now() + LEASE_MS) },
    });
    return tx.outboundEmail.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        subject: true,
        text: true,
        attempts: true,
        user: { select: { email: true, name: true, disabled: true } },
      },
    });
  });
}

async function sendOne(
  transport: Transporter,
  message: Awaited<ReturnType<typeof claimBatch>>[number],
): Promise<keyof DeliveryReport> {
  if (message.user.disabled) {
    await db.outboundEmail.update({
      where: { id: message.id },
      data: { status: 'FAILED', lastError: 'The recipient’s account is disabled.' },
    });
    return 'failed';
  }
  try {
    await transport.sendMail({
      to: { name: message.user.name, address: message.user.email },
      subject: message.subject,
      text: message.text,
    });
    await db.outboundEmail.update({
      where: { id: message.id },
      data: { status: 'SENT', sentAt: new Date(), lastError: null },
    });
    return 'sent';
  } catch (error) {
    const giveUp = message.attempts >= MAX_EMAIL_ATTEMPTS;
    await db.outboundEmail.update({
      where: { id: message.id },
      data: {
        status: giveUp ? 'FAILED' : 'PENDING',
        lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
        nextAttemptAt: new Date(Date.now() + retryDelayMinutes(message.attempts) * 60_000),
      },
    });
    return giveUp ? 'failed' : 'retrying';
  }
}

/**
 * Sends every email that is due, batch by batch; failures are retried with back-off. Called after
 * responses (schedule-delivery.ts) and by `npm run notify:deliver` for a scheduler.
 */
export async function deliverPendingEmails({
  transport = mailTransport(),
  batchSize = 20,
  maxBatches = 50,
}: { transport?: Transporter | null; batchSize?: number; maxBatches?: number } = {}) {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  if (!transport) return report;
  for (let batch = 0; batch < maxBatches; batch++) {
    const messages = await claimBatch(batchSize);
    if (!messages.length) break;
    for (const message of messages) report[await sendOne(transport, message)]++;
  }
  return report;
}
