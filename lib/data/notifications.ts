import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { emailPreferenceSchema, markReadSchema } from '@/lib/schemas/notifications';

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  message: string;
  claimId: string | null;
  createdAt: Date;
  read: boolean;
}

/** The user's notifications, newest first. */
export async function listNotifications(
  actor: SessionUser | null,
  take = 100,
): Promise<NotificationItem[]> {
  const user = assertCan(actor, 'newsroom.view');
  const rows = await db.notification.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, kind: true, message: true, claimId: true, createdAt: true, readAt: true },
  });
  return rows.map(({ readAt, ...row }) => ({ ...row, read: !!readAt }));
}

export async function unreadNotificationCount(actor: SessionUser | null): Promise<number> {
  const user = assertCan(actor, 'newsroom.view');
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function markNotificationRead(actor: SessionUser | null, input: unknown) {
  const user = assertCan(actor, 'newsroom.view');
  const { id } = markReadSchema.parse(input);
  const owned = await db.notification.findFirst({
    where: { id, userId: user.id },
    select: { readAt: true },
  });
  if (!owned) throw notFound('Notification');
  if (!owned.readAt) await db.notification.update({ where: { id }, data: { readAt: new Date() } });
}

export async function markAllNotificationsRead(actor: SessionUser | null) {
  const user = assertCan(actor, 'newsroom.view');
  const { count } = await db.notification.updateMany({
    where: { userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { count };
}

export async function getEmailPreference(actor: SessionUser | null) {
  const user = assertCan(actor, 'account.manage');
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { emailPreference: true },
  });
  return row.emailPreference;
}

export async function setEmailPreference(actor: SessionUser | null, input: unknown) {
  const user = assertCan(actor, 'account.manage');
  const { emailPreference } = emailPreferenceSchema.parse(input);
  await db.user.update({ where: { id: user.id }, data: { emailPreference } });
  return { emailPreference };
}
