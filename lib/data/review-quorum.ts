import 'server-only';
import { db } from '@/lib/db';

/** Approvals a verdict needs; 1 unless an admin configured more. */
export async function getReviewQuorum(): Promise<number> {
  const settings = await db.newsroomSettings.findUnique({
    where: { id: 'newsroom' },
    select: { reviewQuorum: true },
  });
  return Math.max(1, settings?.reviewQuorum ?? 1);
}
