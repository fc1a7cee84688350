import type { Metadata } from 'next';
import { HomeView } from '@/components/public/home-view';
import { getPublicSettings } from '@/lib/data/public/cached';

// Cached whole (ISR) and expired by tag on every verdict change (lib/public-cache.ts). Further
// pages (`/?cursor=`, `/?page=`) are rewritten by proxy.ts to /at/[position], also cached whole.
export const revalidate = 3600;

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getPublicSettings();
  return { title: { absolute: `${settings.name}: latest fact checks` } };
}

export default function HomePage() {
  return <HomeView />;
}
