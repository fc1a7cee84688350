import 'server-only';
import { db } from '@/lib/db';
import { newsroomBaseUrl } from './mailer';
import { digestEmail } from './messages';

/**
 * Queues one digest email per user whose notifications wait for it (preference DAILY_DIGEST) and
 * clears them from the digest; a scheduler runs it daily (`npm run notify:digest`), then delivers.
 */
export async function queueDigests() {
  const waiting = await db.notification.findMany({
    where: { digestPending: true },
    distinct: ['userId'],
    select: { userId: true },
  });
  const settings = await db.newsroomSettings.findUnique({
    where: { id: 'newsroom' },
    select: { url: true },
  });
  const baseUrl = newsroomBaseUrl(settings?.url);
  let queued = 0;
  for (const { userId } of waiting) {
    queued += await db.$transaction(async (tx) => {
      // Locked rows belong to a digest another runner is writing right now.
      const ids = (
        await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "Notification"
          WHERE "userId" = ${userId} AND "digestPending"
          FOR UPDATE SKIP LOCKED`
      ).map((row) => row.id);
      if (!ids.length) return 0;
      const items = await tx.notification.findMany({
        where: { id: { in: ids } },
        orderBy: { createdAt: 'asc' },
        select: { message: true, claimId: true, createdAt: true },
      });
      await tx.outboundEmail.create({ data: { userId, ...digestEmail(items, baseUrl) } });
      await tx.notification.updateMany({
        where: { id: { in: ids } },
        data: { digestPending: false },
      });
      return 1;
    });
  }
  return { digests: queued };
}
