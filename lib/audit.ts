import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

export interface AuditInput {
  actorId: string | null;
  entity:
    | 'user'
    | 'article'
    | 'claim'
    | 'settings'
    | 'token'
    | 'watchedSource'
    | 'watchedSpeaker'
    | 'ratingScale';
  entityId: string;
  action: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

type Tx = Pick<Prisma.TransactionClient, 'auditEvent'>;

/** Appends one audit event; call it inside the transaction that makes the change. */
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      entity: event.entity,
      entityId: event.entityId,
      action: event.action,
      before: event.before ?? undefined,
      after: event.after ?? undefined,
    },
  });
}
