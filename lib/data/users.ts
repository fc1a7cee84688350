import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import { assertStrongPassword } from '@/lib/auth/password-change';
import { hashPassword } from '@/lib/auth/passwords';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { conflict, invalid, notFound } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { changeRoleSchema, createUserSchema, setDisabledSchema } from '@/lib/schemas/user';
import { requestContext } from '@/lib/security/request-context';
import { logSecurityEvent } from '@/lib/security/security-log';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
}

const userRowSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  createdAt: true,
} as const;

export async function listUsers(actor: SessionUser | null): Promise<UserRow[]> {
  assertCan(actor, 'users.manage');
  return db.user.findMany({
    select: userRowSelect,
    orderBy: [{ disabled: 'asc' }, { name: 'asc' }],
  });
}

/** Names and ids of active colleagues, for assignment pickers and @mentions. */
export async function listColleagues(actor: SessionUser | null) {
  assertCan(actor, 'newsroom.view');
  return db.user.findMany({
    where: { disabled: false },
    select: { id: true, name: true, email: true, role: true },
    orderBy: { name: 'asc' },
  });
}

/** Active users as assignment pickers and the API list them: id, name and role only. */
export async function listAssignableUsers(actor: SessionUser | null) {
  const users = await listColleagues(actor);
  return users.map(({ id, name, role }) => ({ id, name, role }));
}

export async function createUser(actor: SessionUser | null, input: unknown): Promise<UserRow> {
  const admin = assertCan(actor, 'users.manage');
  const data = createUserSchema.parse(input);
  assertStrongPassword(data.password, 'password', [data.email, data.name]);
  const passwordHash = await hashPassword(data.password);
  const created = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw invalid('A user with this email already exists.', {
        email: 'A user with this email already exists.',
      });
    }
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash },
      select: userRowSelect,
    });
    await recordAudit(tx, {
      actorId: admin.id,
      entity: 'user',
      entityId: user.id,
      action: 'user.create',
      after: { email: user.email, role: user.role },
    });
    return user;
  });
  logSecurityEvent('user.created', {
    userId: admin.id,
    targetUserId: created.id,
    role: created.role,
    ...(await requestContext()),
  });
  return created;
}

export async function changeRole(actor: SessionUser | null, input: unknown): Promise<UserRow> {
  const admin = assertCan(actor, 'users.manage');
  const { userId, role } = changeRoleSchema.parse(input);
  if (userId === admin.id && role !== 'ADMIN')
    throw conflict('You cannot remove your own admin role; ask another admin.');
  return updateUser(admin, userId, 'user.role', (before) =>
    before.role === role ? null : { role },
  );
}

export async function setDisabled(actor: SessionUser | null, input: unknown): Promise<UserRow> {
  const admin = assertCan(actor, 'users.manage');
  const { userId, disabled } = setDisabledSchema.parse(input);
  if (userId === admin.id && disabled) throw conflict('You cannot disable your own account.');
  return updateUser(admin, userId, disabled ? 'user.disable' : 'user.enable', (before) =>
    before.disabled === disabled ? null : { disabled },
  );
}

async function updateUser(
  admin: SessionUser,
  userId: string,
  action: string,
  change: (before: UserRow) => { role?: Role; disabled?: boolean } | null,
): Promise<UserRow> {
  const result = await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: userRowSelect });
    if (!before) throw notFound('User');
    const data = change(before);
    if (!data) return { before, after: null };
    // A role change or a disable ends the user's sessions: they sign in again under the new rules.
    const after = await tx.user.update({
      where: { id: userId },
      data: { ...data, sessionVersion: { increment: 1 } },
      select: userRowSelect,
    });
    await recordAudit(tx, {
      actorId: admin.id,
      entity: 'user',
      entityId: userId,
      action,
      before: { role: before.role, disabled: before.disabled },
      after: { role: after.role, disabled: after.disabled },
    });
    return { before, after };
  });
  const { before, after } = result;
  if (!after) return before;
  logSecurityEvent(
    after.role !== before.role
      ? 'user.role_changed'
      : after.disabled
        ? 'user.disabled'
        : 'user.enabled',
    {
      userId: admin.id,
      targetUserId: userId,
      before: { role: before.role, disabled: before.disabled },
      after: { role: after.role, disabled: after.disabled },
      ...(await requestContext()),
    },
  );
  return after;
}
