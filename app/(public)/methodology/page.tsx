import type { Metadata } from 'next';
import { PolicyPage } from '@/components/public/policy-page';
import { getPublicSettings } from '@/lib/data/public/cached';
import { connection } from 'next/server';

// Rendered per request from cached reads: prerendering at build would need the database there.
export const metadata: Metadata = {
  title: 'Methodology',
  description: 'How we choose, research and rate the claims we check.',
};

export default async function MethodologyPage() {
  await connection();
  const settings = await getPublicSettings();
  return (
    <PolicyPage
      title="Methodology"
      text={settings.methodology}
      fallback={`${settings.name} has not published its methodology yet.`}
    />
  );
}
