import type { Metadata } from 'next';
import { CorrectionsView } from '@/components/public/corrections-view';

// Cached whole (ISR) and expired by tag on every verdict change (lib/public-cache.ts). Further
// pages (`?cursor=`) are rewritten by proxy.ts to /corrections/at/[position], also cached whole.
export const revalidate = 3600;

export const metadata: Metadata = {
  title: 'Corrections',
  description: 'Every correction to a published fact check.',
};

export default function CorrectionsPage() {
  return <CorrectionsView />;
}
