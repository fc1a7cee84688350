import { describe, expect, it } from 'vitest';
import { assertCan } from '@/lib/auth/assert-can';
import { findActiveUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { changeRole, setDisabled } from '@/lib/data/users';
import { createUser } from '@/prisma/factories';

async function adminActor() {
  const admin = await createUser(db, { role: 'ADMIN' });
  return (await findActiveUser(admin.id))!;
}

describe('the session user is read fresh from the database', () => {
  it('refuses a disabled user on the next request', async () => {
    const admin = await adminActor();
    const journalist = await createUser(db, { role: 'JOURNALIST' });
    expect(await findActiveUser(journalist.id)).toMatchObject({
      id: journalist.id,
      role: 'JOURNALIST',
    });

    await setDisabled(admin, { userId: journalist.id, disabled: true });

    const next = await findActiveUser(journalist.id);
    expect(next).toBeNull();
    expect(() => assertCan(next, 'claims.view')).toThrow(/Sign in/);
  });

  it('takes editor permissions away from a demoted editor at once', async () => {
    const admin = await adminActor();
    const editor = await createUser(db, { role: 'EDITOR' });
    const before = await findActiveUser(editor.id);
    expect(can(before!.role, 'claims.publish')).toBe(true);

    await changeRole(admin, { userId: editor.id, role: 'JOURNALIST' });

    const after = await findActiveUser(editor.id);
    expect(after?.role).toBe('JOURNALIST');
    expect(() => assertCan(after, 'claims.publish')).toThrow(/Only editors and admins may do this/);
  });

  it('audits role changes and refuses non-admins', async () => {
    const admin = await adminActor();
    const editor = await createUser(db, { role: 'EDITOR' });
    await changeRole(admin, { userId: editor.id, role: 'ADMIN' });
    const events = await db.auditEvent.findMany({ where: { entity: 'user', entityId: editor.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'user.role',
      actorId: admin.id,
      before: { role: 'EDITOR', disabled: false },
      after: { role: 'ADMIN', disabled: false },
    });

    const editorActor = (await findActiveUser((await createUser(db, { role: 'EDITOR' })).id))!;
    await expect(
      changeRole(editorActor, { userId: editor.id, role: 'JOURNALIST' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe('ADMIN');
  });

  it('rejects bad input without changing anything', async () => {
    const admin = await adminActor();
    const journalist = await createUser(db, { role: 'JOURNALIST' });
    await expect(changeRole(admin, { userId: journalist.id, role: 'OWNER' })).rejects.toThrow();
    await expect(setDisabled(admin, { userId: admin.id, disabled: true })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: journalist.id } })).role).toBe(
      'JOURNALIST',
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabled).toBe(false);
  });
});
