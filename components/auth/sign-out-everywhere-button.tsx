'use client';

import { signOut } from 'next-auth/react';
import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { Button } from '@/components/ui/button';
import { signOutEverywhereAction } from '@/lib/actions/sessions';

export function SignOutEverywhereButton() {
  const { execute, pending, feedback } = useAction(signOutEverywhereAction, {
    onSuccess: () => void signOut({ callbackUrl: '/signin' }),
  });
  return (
    <div className="flex items-center gap-3">
      <Button variant="secondary" disabled={pending} onClick={() => execute(undefined)}>
        Sign out everywhere
      </Button>
      <ActionFeedback feedback={feedback} />
    </div>
  );
}
