import Link from 'next/link';
import { can, ROLE_LABELS } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { NotificationBell } from '@/components/notifications/notification-bell';

export function NewsroomHeader({ user, unread }: { user: SessionUser; unread: number }) {
  return (
    <header className="no-print border-b border-slate-300 bg-slate-50">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        <Link href="/newsroom" className="font-semibold text-slate-900 no-underline">
          Factdesk <span className="font-normal text-slate-600">newsroom</span>
        </Link>
        <nav aria-label="Newsroom" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/newsroom" className="text-blue-800 hover:underline">
            My work
          </Link>
          <Link href="/newsroom/articles" className="text-blue-800 hover:underline">
            Articles
          </Link>
          <Link href="/newsroom/claims" className="text-blue-800 hover:underline">
            Claims
          </Link>
          {can(user.role, 'analytics.view') ? (
            <Link href="/newsroom/analytics" className="text-blue-800 hover:underline">
              Analytics
            </Link>
          ) : null}
          <Link href="/newsroom/triage" className="text-blue-800 hover:underline">
            Triage
          </Link>
          <Link href="/newsroom/monitoring" className="text-blue-800 hover:underline">
            Monitoring
          </Link>
          {can(user.role, 'users.manage') ? (
            <Link href="/newsroom/admin/users" className="text-blue-800 hover:underline">
              Users
            </Link>
          ) : null}
          {can(user.role, 'jobs.view') ? (
            <Link href="/newsroom/admin/jobs" className="text-blue-800 hover:underline">
              Jobs
            </Link>
          ) : null}
          {can(user.role, 'settings.manage') ? (
            <Link href="/newsroom/admin/settings" className="text-blue-800 hover:underline">
              Settings
            </Link>
          ) : null}
          {can(user.role, 'ratings.manage') ? (
            <Link href="/newsroom/admin/ratings" className="text-blue-800 hover:underline">
              Rating scale
            </Link>
          ) : null}
          <Link href="/newsroom/settings/tokens" className="text-blue-800 hover:underline">
            API tokens
          </Link>
          <Link href="/newsroom/settings/account" className="text-blue-800 hover:underline">
            Account
          </Link>
          <Link href="/" className="text-blue-800 hover:underline">
            Public site
          </Link>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          <NotificationBell unread={unread} />
          <span aria-label="Signed in as">
            {user.name}{' '}
            <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-800">
              {ROLE_LABELS[user.role]}
            </span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
