import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SpeakerView } from '@/components/public/speaker-view';
import { listCursor } from '@/lib/public/cached-page-path';
import { speakerMetadata } from '@/lib/public/speaker-metadata';

// A further page of a speaker's verdicts (`?cursor=…`, rewritten here by proxy.ts), cached whole per
// cursor on first view and expired by tag like the first page.
export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string; position: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, position } = await params;
  return speakerMetadata(slug, listCursor(position) ?? undefined);
}

export default async function SpeakerAtPage({ params }: Props) {
  const { slug, position } = await params;
  const cursor = listCursor(position);
  if (!cursor) notFound();
  return <SpeakerView slug={slug} cursor={cursor} />;
}
