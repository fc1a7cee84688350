'use client';

import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { Button } from '@/components/ui/button';
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
} from '@/lib/actions/notifications';

/** Marks one notification read; `label` names it for screen readers. */
export function MarkReadButton({ id, label }: { id: string; label: string }) {
  const { execute, pending, feedback } = useAction(markNotificationReadAction);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        aria-label={`Mark read: ${label}`}
        onClick={() => execute({ id })}
      >
        Mark read
      </Button>
      <ActionFeedback feedback={feedback} />
    </span>
  );
}

export function MarkAllReadButton() {
  const { execute, pending, feedback } = useAction(markAllNotificationsReadAction, {
    success: ({ count }) => `Marked ${count} notification${count === 1 ? '' : 's'} read.`,
  });
  return (
    <span className="inline-flex items-center gap-3">
      <Button variant="secondary" disabled={pending} onClick={() => execute(undefined)}>
        Mark all read
      </Button>
      <ActionFeedback feedback={feedback} />
    </span>
  );
}
