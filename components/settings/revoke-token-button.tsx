'use client';

import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { Button } from '@/components/ui/button';
import { revokeTokenAction } from '@/lib/actions/tokens';

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const { execute, pending, feedback } = useAction(revokeTokenAction);
  return (
    <>
      <Button variant="secondary" size="sm" disabled={pending} onClick={() => execute(tokenId)}>
        Revoke {name}
      </Button>
      <ActionFeedback feedback={feedback} />
    </>
  );
}
