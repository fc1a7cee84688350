import { randomUUID } from 'node:crypto';
import type { JWT } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { findActiveUser, findSessionUser } from '@/lib/auth/current-user';
import { authOptions } from '@/lib/auth/options';
import { db } from '@/lib/db';
import { endUserSessions, signOutEverywhere } from '@/lib/data/sessions';
import { changeRole, setDisabled } from '@/lib/data/users';
import { createUser } from '@/prisma/factories';

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

/** Signs in like next-auth does and returns the session the cookie would carry. */
async function signIn(user: { email: string; password: string }) {
  const authorized = await authenticate(user, address());
  if (!authorized) throw new Error('sign-in failed');
  const token = (await authOptions.callbacks!.jwt!({
    token: {},
    user: { ...authorized },
    account: null,
  } as never)) as JWT;
  const session = await authOptions.callbacks!.session!({
    session: { expires: '' },
    token,
  } as never);
  return { token, user: (session as { user: { id: string; sessionVersion: number } }).user };
}

const stillValid = (session: { id: string; sessionVersion: number }) =>
  findSessionUser(session.id, session.sessionVersion);

async function admin() {
  return (await findActiveUser((await createUser(db, { role: 'ADMIN' })).id))!;
}

describe('sessions end on the server', () => {
  it('a cookie saved before sign-out is refused after it', async () => {
    const user = await createUser(db);
    const saved = await signIn(user);
    expect(await stillValid(saved.user)).toMatchObject({ id: user.id });

    await authOptions.events!.signOut!({ token: saved.token, session: undefined as never });

    expect(await stillValid(saved.user)).toBeNull();
    // Signing in again gives a new session that works.
    const again = await signIn(user);
    expect(again.user.sessionVersion).toBe(saved.user.sessionVersion + 1);
    expect(await stillValid(again.user)).toMatchObject({ id: user.id });
  });

  it('a session token without a version matches nobody', async () => {
    const user = await createUser(db);
    const session = await authOptions.callbacks!.session!({
      session: { expires: '' },
      token: { sub: user.id },
    } as never);
    const { id, sessionVersion } = (session as { user: { id: string; sessionVersion: number } })
      .user;
    expect(await findSessionUser(id, sessionVersion)).toBeNull();
  });

  it('disabling and re-enabling a user does not revive their old sessions', async () => {
    const actor = await admin();
    const user = await createUser(db);
    const saved = await signIn(user);
    await setDisabled(actor, { userId: user.id, disabled: true });
    await setDisabled(actor, { userId: user.id, disabled: false });
    expect(await stillValid(saved.user)).toBeNull();
    expect(await stillValid((await signIn(user)).user)).toMatchObject({ id: user.id });
  });

  it('a role change ends the sessions held under the old role', async () => {
    const actor = await admin();
    const editor = await createUser(db, { role: 'EDITOR' });
    const saved = await signIn(editor);
    await changeRole(actor, { userId: editor.id, role: 'JOURNALIST' });
    expect(await stillValid(saved.user)).toBeNull();
  });

  it('"sign out everywhere" ends all of the user\'s sessions and only theirs', async () => {
    const user = await createUser(db);
    const colleague = await createUser(db);
    const laptop = await signIn(user);
    const phone = await signIn(user);
    const other = await signIn(colleague);
    await signOutEverywhere((await stillValid(laptop.user))!);
    expect(await stillValid(laptop.user)).toBeNull();
    expect(await stillValid(phone.user)).toBeNull();
    expect(await stillValid(other.user)).toMatchObject({ id: colleague.id });
  });

  it("an admin ends a user's sessions; nobody else may", async () => {
    const actor = await admin();
    const user = await createUser(db);
    const editor = await createUser(db, { role: 'EDITOR' });
    const saved = await signIn(user);
    await expect(
      endUserSessions((await findActiveUser(editor.id))!, { userId: user.id }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await stillValid(saved.user)).toMatchObject({ id: user.id });

    await endUserSessions(actor, { userId: user.id });
    expect(await stillValid(saved.user)).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { entity: 'user', entityId: user.id } });
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([['user.sessions.end', actor.id]]);
    await expect(endUserSessions(actor, { userId: 'no-such-user' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
