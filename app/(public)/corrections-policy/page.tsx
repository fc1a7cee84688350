import type { Metadata } from 'next';
import Link from 'next/link';
import { PolicyPage } from '@/components/public/policy-page';
import { getPublicSettings } from '@/lib/data/public/cached';
import { connection } from 'next/server';

// Rendered per request from cached reads: prerendering at build would need the database there.
export const metadata: Metadata = {
  title: 'Corrections policy',
  description: 'How we correct mistakes in our fact checks.',
};

export default async function CorrectionsPolicyPage() {
  await connection();
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
