'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { changeRoleAction, setDisabledAction } from '@/lib/actions/users';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function UserRowControls({
  user,
}: {
  user: { id: string; name: string; role: Role; disabled: boolean };
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

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
      <Select
        id={`role-${user.id}`}
        defaultValue={user.role}
        disabled={pending}
        onChange={(event) =>
          run(() => changeRoleAction({ userId: user.id, role: event.target.value }))
        }
        options={ROLE_OPTIONS}
      />
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() => run(() => setDisabledAction({ userId: user.id, disabled: !user.disabled }))}
      >
        {user.disabled ? `Enable ${user.name}` : `Disable ${user.name}`}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
