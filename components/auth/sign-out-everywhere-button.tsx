'use client';

import { signOut } from 'next-auth/react';
import { useState, useTransition } from 'react';
import { secondaryButtonClass } from '@/components/ui/field';
import { signOutEverywhereAction } from '@/lib/actions/sessions';

export function SignOutEverywhereButton() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await signOutEverywhereAction();
            if (!result.ok) return setError(result.message);
            await signOut({ callbackUrl: '/signin' });
          })
        }
      >
        Sign out everywhere
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
