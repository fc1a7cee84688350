'use client';

import { useEffect, useState, useTransition } from 'react';
import type { Feedback } from '@/components/ui/action-feedback';
import { CONFIRMATION_MS, useNotice } from '@/components/ui/notice';
import type { ActionResult } from '@/lib/actions/action-client';

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

export interface ActionCallbacks<Args extends unknown[], T> {
  /** What to tell the user when the action succeeds; nothing is said when left out. */
  success?: string | ((data: T, ...args: Args) => string);
  /** Say `success` on the page's confirmation line (for controls that go away on success). */
  announce?: boolean;
  onSuccess?: (data: T, ...args: Args) => void;
  /** Returns true when it showed the failure itself (say, on a form field), so no feedback repeats it. */
  onFailure?: (failure: ActionFailure) => boolean | void;
}

/**
 * Runs a server action: pending while it runs (and while the page it revalidated re-renders), then
 * the outcome as feedback; a stale-version conflict comes back as kind 'conflict' (ActionFeedback offers a reload).
 * A success message clears itself after a while, so it never describes an older state.
 */
export function useAction<Args extends unknown[], T>(
  action: (...args: Args) => Promise<ActionResult<T>>,
  { success, announce, onSuccess, onFailure }: ActionCallbacks<Args, T> = {},
) {
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const notice = useNotice();

  useEffect(() => {
    if (feedback?.kind !== 'ok') return;
    const timer = setTimeout(() => setFeedback(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [feedback]);

  function execute(...args: Args) {
    setFeedback(null);
    startTransition(async () => {
      const result = await action(...args);
      if (result.ok) {
        const message = typeof success === 'function' ? success(result.data, ...args) : success;
        if (message && announce && notice) notice(message);
        else setFeedback(message ? { kind: 'ok', message } : null);
        onSuccess?.(result.data, ...args);
      } else {
        const shown = onFailure?.(result) === true;
        setFeedback(
          shown
            ? null
            : { kind: result.code === 'conflict' ? 'conflict' : 'error', message: result.message },
        );
      }
    });
  }

  return { execute, pending, feedback, clearFeedback: () => setFeedback(null) };
}
