import Link from 'next/link';

/** The header's link to the notification list, with the unread count. */
export function NotificationBell({ unread }: { unread: number }) {
  const label = unread ? `Notifications, ${unread} unread` : 'Notifications, none unread';
  return (
    <Link
      href="/newsroom/notifications"
      aria-label={label}
      title={label}
      className="relative inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-blue-800 hover:bg-slate-200"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread ? (
        <span className="rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
