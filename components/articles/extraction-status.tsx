'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { Button } from '@/components/ui/button';
import { extractionStatusAction, retryExtractionAction } from '@/lib/actions/articles';
import type { ExtractionStatus as Status } from '@/lib/generated/prisma/enums';

const POLL_MS = 3000;

/** Asks for the status alone every few seconds; the page (body, claims) re-renders once it changes. */
function usePollUntilDone(articleId: string, active: boolean) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const poll = async () => {
      const result = await extractionStatusAction({ articleId });
      if (!stopped && result.ok && result.data.extraction !== 'PENDING') {
        stopped = true;
        clearInterval(timer);
        router.refresh();
      }
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [articleId, active, router]);
}

/** The article page's word on a long article's claim extraction: under way, or failed with a retry. */
export function ExtractionStatus({
  articleId,
  status,
  error,
  canRetry,
}: {
  articleId: string;
  status: Status;
  error: string | null;
  canRetry: boolean;
}) {
  const retry = useAction(retryExtractionAction);
  usePollUntilDone(articleId, status === 'PENDING');
  if (status === 'DONE') return null;
  if (status === 'PENDING')
    return (
      <p role="status" className="mb-3 rounded border border-sky-300 bg-sky-50 p-2 text-sm">
        Extracting claims… The article is saved; its claims appear here when the extraction is done
        (long articles are extracted in the background).
      </p>
    );
  return (
    <div
      role="alert"
      className="mb-3 flex flex-wrap items-center gap-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800"
    >
      <span>Claim extraction failed{error ? `: ${error}` : '.'} The article text is saved.</span>
      {canRetry ? (
        <Button
          variant="secondary"
          size="sm"
          disabled={retry.pending}
          onClick={() => retry.execute({ articleId })}
        >
          Retry extraction
        </Button>
      ) : null}
      <ActionFeedback feedback={retry.feedback} />
    </div>
  );
}
