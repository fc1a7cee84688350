'use client';

import { ActionFeedback } from '@/components/ui/action-feedback';
import type { ActionFailure } from './use-claim-action';

/** An action's error with its field details; a stale-version conflict also offers a reload. */
export function ActionMessage({
  failure,
  onReload,
}: {
  failure: ActionFailure | null;
  onReload?: () => void;
}) {
  if (!failure) return null;
  const details = Object.values(failure.fields ?? {}).filter((m) => m !== failure.message);
  const message = details.length ? `${failure.message} ${details.join(' ')}` : failure.message;
  return (
    <ActionFeedback
      feedback={{ kind: failure.code === 'conflict' ? 'conflict' : 'error', message }}
      onReload={onReload}
    />
  );
}
