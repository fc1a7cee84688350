import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CorrectionsView } from '@/components/public/corrections-view';
import { listCursor } from '@/lib/public/cached-page-path';

// A further page of /corrections (`?cursor=…`, rewritten here by proxy.ts), cached whole per cursor
// on first view and expired by tag like the first page.
export const revalidate = 3600;
export const generateStaticParams = async () => [];

export const metadata: Metadata = {
  title: 'Corrections',
  description: 'Every correction to a published fact check.',
};

export default async function CorrectionsAtPage({
  params,
}: {
  params: Promise<{ position: string }>;
}) {
  const cursor = listCursor((await params).position);
  if (!cursor) notFound();
  return <CorrectionsView cursor={cursor} />;
}
