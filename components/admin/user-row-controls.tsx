'use client';

import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { secondaryButtonClass, inputClass } from '@/components/ui/field';
import { changeRoleAction, setDisabledAction } from '@/lib/actions/users';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

export function UserRowControls({
  user,
}: {
  user: { id: string; name: string; role: Role; disabled: boolean };
}) {
  const roleChange = useAction(changeRoleAction);
  const disabling = useAction(setDisabledAction);
  const pending = roleChange.pending || disabling.pending;

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
          roleChange.execute({ userId: user.id, role: event.target.value as Role })
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
        onClick={() => disabling.execute({ userId: user.id, disabled: !user.disabled })}
      >
        {user.disabled ? `Enable ${user.name}` : `Disable ${user.name}`}
      </button>
      <ActionFeedback feedback={roleChange.feedback ?? disabling.feedback} />
    </div>
  );
}
