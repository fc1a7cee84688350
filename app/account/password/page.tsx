import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { getCurrentUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } };

// Outside the newsroom layout, whose guard sends a user with a reset password here.
export default async function ForcedPasswordChangePage() {
  const user = await getCurrentUser();
  if (!user) redirect('/signin');
  if (!user.mustChangePassword) redirect('/newsroom/settings/account');
  return (
    <main className="mx-auto mt-16 flex max-w-sm flex-col gap-4 rounded border border-slate-300 p-6">
      <h1 className="text-xl font-semibold">Choose a new password</h1>
      <p className="text-sm text-slate-700">
        An admin reset your password. Enter the one-time password they gave you and choose your own;
        then sign in again with it.
      </p>
      <ChangePasswordForm />
    </main>
  );
}
