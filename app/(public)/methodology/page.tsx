import type { Metadata } from 'next';
import { PolicyPage } from '@/components/public/policy-page';
import { getPublicSettings } from '@/lib/data/public/cached';

// Cached whole (ISR, rendered at build) and expired by tag on every settings save (lib/public-cache.ts).
export const revalidate = 3600;

export const metadata: Metadata = {
  title: 'Methodology',
  description: 'How we choose, research and rate the claims we check.',
};

export default async function MethodologyPage() {
  const settings = await getPublicSettings();
  return (
    <PolicyPage
      title="Methodology"
      text={settings.methodology}
      fallback={`${settings.name} has not published its methodology yet.`}
    />
  );
}
