import 'server-only';
import { createTokenSchema } from '@/lib/schemas/api-token';
import { generateApiToken, hashApiToken } from '@/lib/auth/api-token-secret';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { requestContext } from '@/lib/security/request-context';
import { logSecurityEvent } from '@/lib/security/security-log';

export { createTokenSchema };

export async function listApiTokens(actor: SessionUser | null) {
  const user = assertCan(actor, 'tokens.manage');
  return db.apiToken.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Creates a personal API token; the plain token is returned once and only its hash is stored. */
export async function createApiToken(actor: SessionUser | null, input: unknown) {
  const user = assertCan(actor, 'tokens.manage');
  const { name } = createTokenSchema.parse(input);
  const { token, tokenHash } = generateApiToken();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: user.id, name, tokenHash },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'token',
      entityId: created.id,
      action: 'token.create',
      after: { name },
    });
    return created;
  });
  logSecurityEvent('token.created', {
    userId: user.id,
    tokenId: row.id,
    tokenName: name,
    ...(await requestContext()),
  });
  return { ...row, token };
}

export async function revokeApiToken(actor: SessionUser | null, tokenId: string) {
  const user = assertCan(actor, 'tokens.manage');
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound('Active token');
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'token',
      entityId: tokenId,
      action: 'token.revoke',
    });
  });
  logSecurityEvent('token.revoked', { userId: user.id, tokenId, ...(await requestContext()) });
}

/** The active user behind a bearer token, or null for an unknown, revoked or disabled one. */
export async function userForApiToken(token: string): Promise<SessionUser | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabled: true } },
    },
  });
  if (!row || row.revokedAt || row.user.disabled) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  const { id, email, name, role } = row.user;
  return { id, email, name, role };
}
