import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertCan } from '@/lib/auth/assert-can';
import { authenticate } from '@/lib/auth/authenticate';
import { findActiveUser, findSessionUser } from '@/lib/auth/current-user';
import { changeOwnPassword, resetPassword } from '@/lib/auth/password-change';
import { db } from '@/lib/db';
import { createUser as createUserAsAdmin } from '@/lib/data/users';
import { createUser } from '@/prisma/factories';

const address = () => `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;
const signIn = (email: string, password: string) => authenticate({ email, password }, address());
const STRONG = 'ferry lantern oboe 1877 quietly';

async function signedIn() {
  const user = await createUser(db);
  const session = (await signIn(user.email, user.password))!;
  return { user, session, actor: (await findSessionUser(user.id, session.sessionVersion))! };
}

describe('changing your own password', () => {
  it.each(['123456789012', 'passwordpassword', 'qwertyuiopasdf'])(
    'refuses the common password %s and changes nothing',
    async (weak) => {
      const { user, actor } = await signedIn();
      await expect(
        changeOwnPassword(actor, {
          currentPassword: user.password,
          newPassword: weak,
          confirmPassword: weak,
        }),
      ).rejects.toMatchObject({ code: 'invalid', fields: { newPassword: expect.any(String) } });
      expect(await signIn(user.email, user.password)).not.toBeNull();
      expect(await signIn(user.email, weak)).toBeNull();
    },
  );

  it("refuses a password made of the user's own email", async () => {
    const { user, actor } = await signedIn();
    const own = `${user.email}1`;
    await expect(
      changeOwnPassword(actor, {
        currentPassword: user.password,
        newPassword: own,
        confirmPassword: own,
      }),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it('needs the current password', async () => {
    const { user, actor } = await signedIn();
    await expect(
      changeOwnPassword(actor, {
        currentPassword: 'not-my-password',
        newPassword: STRONG,
        confirmPassword: STRONG,
      }),
    ).rejects.toMatchObject({ code: 'invalid', fields: { currentPassword: expect.any(String) } });
    expect(await signIn(user.email, user.password)).not.toBeNull();
  });

  it('sets the new password and ends every session', async () => {
    const { user, session, actor } = await signedIn();
    await changeOwnPassword(actor, {
      currentPassword: user.password,
      newPassword: STRONG,
      confirmPassword: STRONG,
    });
    expect(await findSessionUser(user.id, session.sessionVersion)).toBeNull();
    expect(await signIn(user.email, user.password)).toBeNull();
    expect(await signIn(user.email, STRONG)).not.toBeNull();
    const audit = await db.auditEvent.findMany({ where: { entity: 'user', entityId: user.id } });
    expect(audit.map((e) => e.action)).toEqual(['user.password.change']);
  });
});

describe("an admin's password reset", () => {
  it('gives a one-time password that forces a change at the next sign-in', async () => {
    const admin = (await findActiveUser((await createUser(db, { role: 'ADMIN' })).id))!;
    const { user, session } = await signedIn();
    const { temporaryPassword } = await resetPassword(admin, { userId: user.id });

    expect(await findSessionUser(user.id, session.sessionVersion)).toBeNull();
    expect(await signIn(user.email, user.password)).toBeNull();
    const resetSession = (await signIn(user.email, temporaryPassword))!;
    const limited = (await findSessionUser(user.id, resetSession.sessionVersion))!;
    expect(limited.mustChangePassword).toBe(true);
    expect(() => assertCan(limited, 'claims.view')).toThrow(/choose a new one/);
    expect(assertCan(limited, 'account.manage')).toBe(limited);

    await changeOwnPassword(limited, {
      currentPassword: temporaryPassword,
      newPassword: STRONG,
      confirmPassword: STRONG,
    });
    const fresh = (await signIn(user.email, STRONG))!;
    const full = (await findSessionUser(user.id, fresh.sessionVersion))!;
    expect(full.mustChangePassword).toBeUndefined();
    expect(assertCan(full, 'claims.view')).toBe(full);
    // One-time: the temporary password no longer works.
    expect(await signIn(user.email, temporaryPassword)).toBeNull();
  });

  it('is for admins only, and not on themselves', async () => {
    const admin = (await findActiveUser((await createUser(db, { role: 'ADMIN' })).id))!;
    const editor = (await findActiveUser((await createUser(db, { role: 'EDITOR' })).id))!;
    const user = await createUser(db);
    await expect(resetPassword(editor, { userId: user.id })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(resetPassword(admin, { userId: admin.id })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await signIn(user.email, user.password)).not.toBeNull();
  });
});

describe('creating a user', () => {
  it('refuses a common initial password', async () => {
    const admin = (await findActiveUser((await createUser(db, { role: 'ADMIN' })).id))!;
    const email = `weak-${randomUUID()}@factdesk.test`;
    await expect(
      createUserAsAdmin(admin, {
        email,
        name: 'Wes Weak',
        role: 'JOURNALIST',
        password: '123456789012',
      }),
    ).rejects.toMatchObject({ code: 'invalid', fields: { password: expect.any(String) } });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });
});
