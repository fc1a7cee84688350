import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HomeView } from '@/components/public/home-view';
import { getPublicSettings } from '@/lib/data/public/cached';
import { homePosition } from '@/lib/public/cached-page-path';

// A further page of the home list (`/?cursor=…`, `/?page=2`…, rewritten here by proxy.ts), cached
// whole per position on first view and expired by tag like the home page.
export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ position: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getPublicSettings();
  return { title: { absolute: `${settings.name}: latest fact checks` } };
}

export default async function HomeAtPage({ params }: Props) {
  const position = homePosition((await params).position);
  if (!position) notFound();
  return <HomeView position={position} />;
}
