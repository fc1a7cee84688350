'use client';

import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { Button } from '@/components/ui/button';
import { pollSourceNowAction, setSourceEnabledAction } from '@/lib/actions/monitoring';

export function SourceRowControls({
  source,
}: {
  source: { id: string; name: string; enabled: boolean };
}) {
  const toggle = useAction(setSourceEnabledAction);
  const poll = useAction(pollSourceNowAction, { success: 'Poll queued.' });
  const pending = toggle.pending || poll.pending;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() => toggle.execute({ sourceId: source.id, enabled: !source.enabled })}
      >
        {source.enabled ? `Pause ${source.name}` : `Resume ${source.name}`}
      </Button>
      {source.enabled ? (
        <Button
          variant="secondary"
          size="sm"
          disabled={pending}
          onClick={() => poll.execute({ sourceId: source.id })}
        >
          Poll {source.name} now
        </Button>
      ) : null}
      <ActionFeedback feedback={toggle.feedback ?? poll.feedback} />
    </div>
  );
}
