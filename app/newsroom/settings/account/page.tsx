import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { SignOutEverywhereButton } from '@/components/auth/sign-out-everywhere-button';
import { EmailPreferenceForm } from '@/components/notifications/email-preference-form';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getEmailPreference } from '@/lib/data/notifications';
import { emailEnabled } from '@/lib/notify/mailer';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requirePageUser('account.manage', '/newsroom/settings/account');
  const emailPreference = await getEmailPreference(user);
  return (
    <main className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-xl font-semibold">Your account</h1>
      <p className="text-sm text-slate-700">Signed in as {user.email}.</p>
      <section aria-labelledby="notifications-heading" className="flex flex-col gap-2">
        <h2 id="notifications-heading" className="text-lg font-semibold">
          Notifications
        </h2>
        <p className="text-sm text-slate-700">
          Assignments, mentions, reviews of your verdicts, submissions for review (editors) and due
          dates always appear under the bell in the header.
          {emailEnabled()
            ? ` Emails go to ${user.email}.`
            : ' This newsroom has no mail server configured (SMTP_URL), so no email is sent for now.'}
        </p>
        <EmailPreferenceForm initial={{ emailPreference }} />
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-2">
        <h2 id="password-heading" className="text-lg font-semibold">
          Password
        </h2>
        <p className="text-sm text-slate-700">
          Changing it signs you out everywhere; sign in again with the new password.
        </p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-2">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-slate-700">
          Signs you out on every browser and device, this one included. API tokens are not affected;
          revoke them on the API tokens page.
        </p>
        <SignOutEverywhereButton />
      </section>
    </main>
  );
}
