import type { Metadata } from 'next';
import Link from 'next/link';
import { MarkAllReadButton, MarkReadButton } from '@/components/notifications/mark-read-button';
import { requirePageUser } from '@/lib/auth/page-guard';
import { listNotifications } from '@/lib/data/notifications';
import { formatDateTime } from '@/lib/format';
import { NOTIFICATION_LABELS } from '@/lib/notify/messages';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const user = await requirePageUser('newsroom.view', '/newsroom/notifications');
  const notifications = await listNotifications(user);
  const unread = notifications.filter((n) => !n.read).length;
  return (
    <main className="flex max-w-4xl flex-col gap-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-xl font-semibold">Notifications</h1>
        <p className="text-sm text-slate-700">{unread ? `${unread} unread` : 'All read'}</p>
        {unread ? <MarkAllReadButton /> : null}
      </div>
      <p className="text-sm text-slate-700">
        Email or a daily digest instead of in-app only:{' '}
        <Link href="/newsroom/settings/account" className="text-blue-800 underline">
          your account page
        </Link>
        .
      </p>
      {notifications.length ? (
        <ul aria-label="Notifications" className="flex flex-col divide-y divide-slate-200">
          {notifications.map((n) => (
            <li
              key={n.id}
              aria-label={`${n.read ? '' : 'Unread: '}${NOTIFICATION_LABELS[n.kind]}`}
              className={`flex flex-wrap items-start gap-3 py-3 text-sm ${n.read ? 'text-slate-600' : ''}`}
            >
              <div className="flex min-w-0 flex-1 flex-col gap-1">
                <span className="text-xs text-slate-600">
                  {n.read ? null : (
                    <span className="mr-2 rounded bg-blue-100 px-1.5 font-semibold text-blue-900">
                      New
                    </span>
                  )}
                  {NOTIFICATION_LABELS[n.kind]} · {formatDateTime(n.createdAt)}
                </span>
                {n.claimId ? (
                  <Link
                    href={`/newsroom/claims/${n.claimId}`}
                    className={`break-words text-blue-800 underline ${n.read ? '' : 'font-semibold'}`}
                  >
                    {n.message}
                  </Link>
                ) : (
                  <span className="break-words">{n.message}</span>
                )}
              </div>
              {n.read ? null : <MarkReadButton id={n.id} label={n.message} />}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">No notifications yet.</p>
      )}
    </main>
  );
}
