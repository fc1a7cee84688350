'use client';

import { useState } from 'react';
import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { resetPasswordAction } from '@/lib/actions/password';
import { endUserSessionsAction } from '@/lib/actions/sessions';
import { changeRoleAction, setDisabledAction } from '@/lib/actions/users';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function UserRowControls({
  user,
}: {
  user: { id: string; name: string; role: Role; disabled: boolean };
}) {
  const roleChange = useAction(changeRoleAction);
  const disabling = useAction(setDisabledAction);
  const pending = roleChange.pending || disabling.pending;
  const endSessions = useAction(endUserSessionsAction);
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);
  const reset = useAction(resetPasswordAction, {
    onSuccess: (data) => setTemporaryPassword(data.temporaryPassword),
  });

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${user.id}`}>
        Role of {user.name}
      </label>
      <Select
        id={`role-${user.id}`}
        defaultValue={user.role}
        disabled={pending}
        onChange={(event) =>
          roleChange.execute({ userId: user.id, role: event.target.value as Role })
        }
        options={ROLE_OPTIONS}
      />
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() => disabling.execute({ userId: user.id, disabled: !user.disabled })}
      >
        {user.disabled ? `Enable ${user.name}` : `Disable ${user.name}`}
      </Button>
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() => endSessions.execute({ userId: user.id })}
      >
        Sign out {user.name} everywhere
      </Button>
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() => reset.execute({ userId: user.id })}
      >
        Reset password of {user.name}
      </Button>
      {temporaryPassword ? (
        <p role="status" className="text-sm">
          One-time password for {user.name}: <code>{temporaryPassword}</code> (shown once)
        </p>
      ) : null}
      <ActionFeedback
        feedback={
          roleChange.feedback ?? disabling.feedback ?? endSessions.feedback ?? reset.feedback
        }
      />
    </div>
  );
}
