'use client';

import { useRouter } from 'next/navigation';
import { secondaryButtonClass } from '@/components/ui/field';

export type Feedback = { kind: 'ok' | 'error' | 'conflict'; message: string } | null;

/** Shows an action's outcome; a version conflict offers to reload the latest claim. */
export function ActionFeedback({
  feedback,
  onReload,
}: {
  feedback: Feedback;
  onReload?: () => void;
}) {
  const router = useRouter();
  if (!feedback) return null;
  if (feedback.kind === 'ok') {
    return (
      <p role="status" className="text-sm text-green-800">
        {feedback.message}
      </p>
    );
  }
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800"
    >
      <span>{feedback.message}</span>
      {feedback.kind === 'conflict' ? (
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => {
            onReload?.();
            router.refresh();
          }}
        >
          Reload
        </button>
      ) : null}
    </div>
  );
}
