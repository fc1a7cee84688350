import type { ReactNode } from 'react';
import { NewsroomHeader } from '@/components/newsroom/header';
import { NoticeProvider } from '@/components/ui/notice';
import { requirePageUser } from '@/lib/auth/page-guard';
import { unreadNotificationCount } from '@/lib/data/notifications';

export const metadata = { robots: { index: false, follow: false } };

export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser('newsroom.view', '/newsroom');
  const unread = await unreadNotificationCount(user);
  return (
    <NoticeProvider>
      <NewsroomHeader user={user} unread={unread} />
      <div className="mx-auto max-w-7xl px-4 py-4">{children}</div>
    </NoticeProvider>
  );
}
