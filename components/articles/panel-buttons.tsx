'use client';

import { ActionFeedback, type Feedback } from '@/components/ui/action-feedback';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';

/**
 * A claim panel's confirm and Cancel buttons and the action's feedback; reloading after a conflict
 * closes the panel.
 */
export function PanelButtons({
  label,
  pendingLabel,
  onConfirm,
  onClose,
  action: { pending, feedback, clearFeedback },
}: {
  label: string;
  pendingLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  /** The panel's useAction. */
  action: { pending: boolean; feedback: Feedback; clearFeedback: () => void };
}) {
  return (
    <>
      <div className="flex gap-2">
        <button type="button" className={buttonClass} disabled={pending} onClick={onConfirm}>
          {pending ? pendingLabel : label}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onClose}>
          Cancel
        </button>
      </div>
      <ActionFeedback
        feedback={feedback}
        onReload={() => {
          clearFeedback();
          onClose();
        }}
      />
    </>
  );
}
