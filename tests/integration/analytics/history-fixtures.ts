// A desk's history for the analytics tests: claims at given dates and states, with audit events.
import { db } from '@/lib/db';
import type { ClaimState, DismissReason } from '@/lib/generated/prisma/enums';
import { createClaim } from '@/prisma/factories';

export const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

export interface Row {
  state: ClaimState;
  createdAt: string;
  assignee?: 'alice' | 'bob';
  dismissReason?: DismissReason;
  checkworthy?: boolean;
  dueAt?: string;
  /** Audited state changes: [day, from, to, action]. */
  changes?: [string, ClaimState, ClaimState, string?][];
}

/** An audit event; without states it changes no backlog (only the approval pairing sees it). */
export async function audit(
  claimId: string,
  at: string,
  from: string | null,
  to: string | null,
  action: string,
) {
  await db.auditEvent.create({
    data: {
      at: day(at),
      entity: 'claim',
      entityId: claimId,
      action,
      before: from ? { state: from } : {},
      after: to ? { state: to } : {},
    },
  });
}

/** The rows' claims in the article; `people` maps the rows' assignee names to user ids. */
export async function seedClaims(
  articleId: string,
  people: Record<'alice' | 'bob', string>,
  rows: Row[],
) {
  const ids: string[] = [];
  for (const [index, row] of rows.entries()) {
    const claim = await createClaim(db, {
      articleId,
      text: `claim ${index}`,
      start: 0,
      state: row.state,
      assigneeId: row.assignee ? people[row.assignee] : null,
    });
    await db.claim.update({
      where: { id: claim.id },
      data: {
        createdAt: day(row.createdAt),
        dismissReason: row.dismissReason ?? null,
        checkworthy: row.checkworthy ?? true,
        dueAt: row.dueAt ? day(row.dueAt) : null,
      },
    });
    for (const [at, from, to, action] of row.changes ?? [])
      await audit(claim.id, at, from, to, action ?? 'claim.x');
    ids.push(claim.id);
  }
  return ids;
}
