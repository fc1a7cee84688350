import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { claimRowsWhere } from '@/lib/data/claim-rows';
import { claimDetailOf, claimDetailUserIds, readClaimDetail } from '@/lib/data/claim-detail';
import { userNames } from '@/lib/data/user-names';
import { notFound } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { claimFiltersSchema, type ClaimFilters } from '@/lib/schemas/claim-filters';

export const claimRowSelect = {
  id: true,
  slug: true,
  text: true,
  statement: true,
  speaker: true,
  speakerRole: true,
  state: true,
  priority: true,
  dueAt: true,
  rating: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  assignee: { select: { id: true, name: true } },
  article: { select: { id: true, title: true } },
} satisfies Prisma.ClaimSelect;

export type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimRowSelect }>;

export function whereFor(
  filters: ReturnType<typeof claimFiltersSchema.parse>,
  userId: string,
): Prisma.ClaimWhereInput {
  const now = new Date();
  const where: Prisma.ClaimWhereInput = {};
  if (filters.state) where.state = filters.state;
  if (filters.assignee)
    where.assigneeId =
      filters.assignee === 'me' ? userId : filters.assignee === 'none' ? null : filters.assignee;
  if (filters.speaker) where.speaker = { contains: filters.speaker, mode: 'insensitive' };
  if (filters.article) where.articleId = filters.article;
  if (filters.rating) where.rating = filters.rating;
  if (filters.due === 'overdue') where.dueAt = { lt: now };
  if (filters.due === 'week')
    where.dueAt = { gte: now, lt: new Date(now.getTime() + 7 * 86_400_000) };
  if (filters.due === 'none') where.dueAt = null;
  if (filters.q)
    where.OR = [
      { text: { contains: filters.q, mode: 'insensitive' } },
      { statement: { contains: filters.q, mode: 'insensitive' } },
      { summary: { contains: filters.q, mode: 'insensitive' } },
      { speaker: { contains: filters.q, mode: 'insensitive' } },
    ];
  return where;
}

// The id breaks ties, so the queue's pages and the streamed export (lib/data/exports) list claims in one order.
export const QUEUE_ORDER: Record<
  NonNullable<ClaimFilters['sort']>,
  Prisma.ClaimOrderByWithRelationInput[]
> = {
  updated: [{ updatedAt: 'desc' }, { id: 'desc' }],
  oldest: [{ updatedAt: 'asc' }, { id: 'asc' }],
  due: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { updatedAt: 'asc' }, { id: 'asc' }],
  priority: [{ priority: 'desc' }, { updatedAt: 'asc' }, { id: 'asc' }],
};

/**
 * Claims waiting for an editor, longest untouched first (by last change: usually entering review,
 * or the last approval).
 */
export async function reviewQueue(actor: SessionUser | null, take: number) {
  assertCan(actor, 'claims.review');
  return claimRowsWhere(Prisma.sql`c.state = 'IN_REVIEW'::"ClaimState"`, {
    orderBy: Prisma.sql`c."updatedAt" ASC, c.id ASC`,
    limit: take,
  });
}

/** The claim with its article, sources, reviews and publications, as the API returns it. */
export async function getClaimDetail(actor: SessionUser | null, claimId: string) {
  assertCan(actor, 'claims.view');
  const claim = await readClaimDetail(claimId);
  if (!claim) throw notFound('Claim');
  return claimDetailOf(claim, await userNames(claimDetailUserIds(claim)));
}
export type { ClaimDetail } from '@/lib/data/claim-detail';
