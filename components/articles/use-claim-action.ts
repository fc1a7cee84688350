'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

/** Runs a claim server action, tracking whether it is pending and what went wrong; the page refreshes itself on success. */
export function useClaimAction() {
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  function run<T>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
    setFailure(null);
    startTransition(async () => {
      const result = await action();
      if (result.ok) onSuccess?.(result.data);
      else setFailure(result);
    });
  }
  return { run, pending, failure, clearFailure: () => setFailure(null) };
}
