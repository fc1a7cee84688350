'use client';

import { useRouter } from 'next/navigation';
import { secondaryButtonClass } from '@/components/ui/field';
import type { ActionFailure } from './use-claim-action';

/** An action's error; a stale-version conflict also offers a reload to pick up the latest version. */
export function ActionMessage({ failure, onReload }: { failure: ActionFailure | null; onReload?: () => void }) {
  const router = useRouter();
  if (!failure) return null;
  const details = Object.values(failure.fields ?? {}).filter((m) => m !== failure.message);
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
      <p role="alert">
        {failure.message}
        {details.length ? ` ${details.join(' ')}` : ''}
      </p>
      {failure.code === 'conflict' ? (
        <button type="button" className={secondaryButtonClass} onClick={() => {
            onReload?.();
            router.refresh();
          }}>
          Reload
        </button>
      ) : null}
    </div>
  );
}
