import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeCallbackUrl } from '@/lib/auth/callback-url';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <main className="mx-auto mt-16 max-w-sm rounded border border-slate-300 p-6">
      <h1 className="mb-1 text-xl font-semibold">Sign in to Factdesk</h1>
      <p className="mb-4 text-sm text-slate-700">
        For newsroom staff. Readers do not need an account.
      </p>
      <SignInForm callbackUrl={callbackUrl} />
    </main>
  );
}
