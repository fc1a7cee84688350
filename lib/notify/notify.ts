import 'server-only';
import type { NotificationKind, Prisma } from '@/lib/generated/prisma/client';
import { emailEnabled, newsroomBaseUrl } from './mailer';
import { notificationEmail } from './messages';
import { scheduleDelivery } from './schedule-delivery';

export interface NotificationEvent {
  kind: NotificationKind;
  recipientIds: (string | null | undefined)[];
  /** Who caused it (never notified of their own act); null for scheduled reminders. */
  actor: { id: string; name: string } | null;
  claimId: string | null;
  message: string;
  /** Scheduled reminders: a key per recipient makes a repeated run write nothing twice. */
  dedupeKey?: (userId: string) => string;
}

/**
 * Writes the notifications of one event, and their emails when SMTP is configured, inside the
 * caller's transaction: they commit or roll back with the change (the database is the outbox).
 */
export async function notify(tx: Prisma.TransactionClient, event: NotificationEvent) {
  const ids = [
    ...new Set(event.recipientIds.filter((id): id is string => !!id && id !== event.actor?.id)),
  ];
  if (!ids.length) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: ids }, disabled: false },
    select: { id: true, emailPreference: true },
  });
  const withEmail = emailEnabled();
  const created = await tx.notification.createManyAndReturn({
    data: users.map((user) => ({
      userId: user.id,
      kind: event.kind,
      claimId: event.claimId,
      actorName: event.actor?.name ?? null,
      message: event.message,
      digestPending: withEmail && user.emailPreference === 'DAILY_DIGEST',
      dedupeKey: event.dedupeKey?.(user.id) ?? null,
    })),
    skipDuplicates: true,
    select: { userId: true },
  });
  const createdFor = new Set(created.map((row) => row.userId));
  const emailTo = users.filter(
    (user) => withEmail && user.emailPreference === 'EMAIL' && createdFor.has(user.id),
  );
  if (emailTo.length) {
    const settings = await tx.newsroomSettings.findUnique({
      where: { id: 'newsroom' },
      select: { url: true },
    });
    const email = notificationEmail(event.message, event.claimId, newsroomBaseUrl(settings?.url));
    await tx.outboundEmail.createMany({
      data: emailTo.map((user) => ({ userId: user.id, ...email })),
    });
    scheduleDelivery();
  }
  return created.length;
}
