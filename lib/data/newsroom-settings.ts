import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';

/**
 * The settings newsroom pages read (review rules, rating scale bounds), read once per request: the
 * claim page needs both. Null until an admin first saves the settings.
 */
export const readPageSettings = cache(() =>
  db.newsroomSettings.findUnique({
    where: { id: 'newsroom' },
    select: { reviewQuorum: true, twoPersonRule: true, ratingBest: true, ratingWorst: true },
  }),
);
