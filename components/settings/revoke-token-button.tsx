'use client';

import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { secondaryButtonClass } from '@/components/ui/field';
import { revokeTokenAction } from '@/lib/actions/tokens';

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const { execute, pending, feedback } = useAction(revokeTokenAction);
  return (
    <>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        onClick={() => execute(tokenId)}
      >
        Revoke {name}
      </button>
      <ActionFeedback feedback={feedback} />
    </>
  );
}
