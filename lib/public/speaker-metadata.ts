import 'server-only';
import type { Metadata } from 'next';
import { getPublicSpeaker } from '@/lib/data/public/cached';

/** A speaker page's metadata; the same read as the page's, so it is made once per render. */
export async function speakerMetadata(slug: string, cursor?: string): Promise<Metadata> {
  const speaker = await getPublicSpeaker(slug, cursor ?? null);
  if (!speaker) return { title: 'Not found', robots: { index: false } };
  const description = `${speaker.total} fact check${speaker.total === 1 ? '' : 's'} of claims by ${speaker.name}.`;
  return {
    title: speaker.name,
    description,
    openGraph: { title: speaker.name, description },
    twitter: { card: 'summary', title: speaker.name, description },
  };
}
