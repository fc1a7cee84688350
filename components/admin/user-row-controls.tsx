'use client';

import { useState, useTransition } from 'react';
import { secondaryButtonClass, inputClass } from '@/components/ui/field';
import { resetPasswordAction } from '@/lib/actions/password';
import { endUserSessionsAction } from '@/lib/actions/sessions';
import { changeRoleAction, setDisabledAction } from '@/lib/actions/users';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

export function UserRowControls({
  user,
}: {
  user: { id: string; name: string; role: Role; disabled: boolean };
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);

  function run(action: () => Promise<{ ok: boolean; message?: string }>) {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) setError(result.message ?? 'Not changed.');
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${user.id}`}>
        Role of {user.name}
      </label>
      <select
        id={`role-${user.id}`}
        className={inputClass}
        defaultValue={user.role}
        disabled={pending}
        onChange={(event) =>
          run(() => changeRoleAction({ userId: user.id, role: event.target.value }))
        }
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        onClick={() => run(() => setDisabledAction({ userId: user.id, disabled: !user.disabled }))}
      >
        {user.disabled ? `Enable ${user.name}` : `Disable ${user.name}`}
      </button>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        onClick={() => run(() => endUserSessionsAction({ userId: user.id }))}
      >
        Sign out {user.name} everywhere
      </button>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        onClick={() =>
          run(async () => {
            const result = await resetPasswordAction({ userId: user.id });
            if (result.ok) setTemporaryPassword(result.data.temporaryPassword);
            return result;
          })
        }
      >
        Reset password of {user.name}
      </button>
      {temporaryPassword ? (
        <p role="status" className="text-sm">
          One-time password for {user.name}: <code>{temporaryPassword}</code> (shown once)
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
