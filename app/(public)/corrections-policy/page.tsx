import type { Metadata } from 'next';
import Link from 'next/link';
import { PolicyPage } from '@/components/public/policy-page';
import { getPublicSettings } from '@/lib/data/public/cached';

// Cached whole (ISR, rendered at build) and expired by tag on every settings save (lib/public-cache.ts).
export const revalidate = 3600;

export const metadata: Metadata = {
  title: 'Corrections policy',
  description: 'How we correct mistakes in our fact checks.',
};

export default async function CorrectionsPolicyPage() {
  const settings = await getPublicSettings();
  return (
    <>
      <PolicyPage
        title="Corrections policy"
        text={settings.correctionsPolicy}
        fallback={`${settings.name} has not published its corrections policy yet.`}
      />
      <p className="mt-6">
        <Link href="/corrections" className="text-blue-800 underline">
          See every correction we have made
        </Link>
      </p>
    </>
  );
}
