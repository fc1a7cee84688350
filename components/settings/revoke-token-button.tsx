'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { revokeTokenAction } from '@/lib/actions/tokens';

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await revokeTokenAction(tokenId);
            if (!result.ok) setError(result.message);
          })
        }
      >
        Revoke {name}
      </Button>
      {error ? (
        <span role="alert" className="ml-2 text-red-700">
          {error}
        </span>
      ) : null}
    </>
  );
}
