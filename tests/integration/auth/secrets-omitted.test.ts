import { describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { db } from '@/lib/db';
import { createApiTokenFor, createUser } from '@/prisma/factories';

describe('secrets are left out of every query that does not ask for them', () => {
  it('reads users without their password hash, unless a query names it', async () => {
    const user = await createUser(db, { password: 'correct horse battery' });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty('passwordHash');
    const withHash = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      omit: { passwordHash: false },
    });
    expect(withHash.passwordHash).toMatch(/^\$argon2/);
    // Sign-in names the hash in its query, so it still checks passwords.
    expect(
      await authenticate({ email: user.email, password: 'correct horse battery' }, null),
    ).toMatchObject({ id: user.id });
  });

  it('reads API tokens without their hash, also through a relation', async () => {
    const user = await createUser(db);
    await createApiTokenFor(db, user.id);
    const [token] = await db.apiToken.findMany({ where: { userId: user.id } });
    expect(token).not.toHaveProperty('tokenHash');
    const withTokens = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      include: { apiTokens: true },
    });
    expect(withTokens.apiTokens[0]).not.toHaveProperty('tokenHash');
  });
});
