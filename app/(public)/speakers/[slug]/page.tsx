import type { Metadata } from 'next';
import { SpeakerView } from '@/components/public/speaker-view';
import { speakerMetadata } from '@/lib/public/speaker-metadata';

// Cached whole (ISR) on first view and expired by tag on every verdict change (lib/public-cache.ts).
// Further pages (`?cursor=`) are rewritten by proxy.ts to ./at/[position], also cached whole.
export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return speakerMetadata((await params).slug);
}

export default async function SpeakerPage({ params }: Props) {
  return <SpeakerView slug={(await params).slug} />;
}
