import 'server-only';
import { cache } from 'react';
import type { Rating } from '@/lib/generated/prisma/enums';
import { RATING_ORDER } from '@/lib/ratings';
import { speakerSlug } from '@/lib/slug';
import {
  listPublishedSpeakers,
  listVerdictsBySpeakers,
  type PublicVerdictSummary,
} from './verdicts';

export interface PublicSpeaker {
  slug: string;
  name: string;
  role: string | null;
  verdicts: PublicVerdictSummary[];
  tally: { rating: Rating; count: number }[];
}

/** One speaker's published verdicts and their tally by rating; null when nobody published has that slug. */
export const getPublicSpeaker = cache(async (slug: string): Promise<PublicSpeaker | null> => {
  const names = (await listPublishedSpeakers()).filter((name) => speakerSlug(name) === slug);
  if (!names.length) return null;
  const verdicts = await listVerdictsBySpeakers(names);
  if (!verdicts.length) return null;
  const tally = RATING_ORDER.map((rating) => ({
    rating,
    count: verdicts.filter((v) => v.rating === rating).length,
  })).filter((t) => t.count > 0);
  return {
    slug,
    name: verdicts[0].speaker ?? names[0],
    role: verdicts.find((v) => v.speakerRole)?.speakerRole ?? null,
    verdicts,
    tally,
  };
});
