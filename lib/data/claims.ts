import 'server-only';
import { codePointOffsets } from '@/lib/code-points';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { ClaimState, Prisma } from '@/lib/generated/prisma/client';
import { claimFiltersSchema, type ClaimFilters } from '@/lib/schemas/claim-filters';
import { CLAIM_STATES } from '@/lib/workflow/states';

/** The fields of a source that the newsroom shows and the API returns. */
export const sourceSelect = {
  id: true,
  url: true,
  title: true,
  kind: true,
  stance: true,
  note: true,
  accessedOn: true,
  archiveUrl: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

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
  const rows = await db.claim.findMany({
    where: { state: 'IN_REVIEW' },
    select: claimRowSelect,
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take,
  });
  return rows;
}

export async function articleProgress(
  actor: SessionUser | null,
  articleId: string,
): Promise<Record<ClaimState, number>> {
  assertCan(actor, 'claims.view');
  const groups = await db.claim.groupBy({
    by: ['state'],
    where: { articleId },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(CLAIM_STATES.map((state) => [state, 0])) as Record<
    ClaimState,
    number
  >;
  for (const group of groups) counts[group.state] = group._count._all;
  return counts;
}

/** The claim's offsets counted in Unicode code points, for clients whose strings are not UTF-16. */
function claimCodePoints(
  body: string,
  offsets: { start: number; end: number; sentenceStart: number; sentenceEnd: number },
) {
  const at = codePointOffsets(body);
  return {
    start: at(offsets.start),
    end: at(offsets.end),
    sentenceStart: at(offsets.sentenceStart),
    sentenceEnd: at(offsets.sentenceEnd),
  };
}

export async function getClaimDetail(actor: SessionUser | null, claimId: string) {
  assertCan(actor, 'claims.view');
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      slug: true,
      text: true,
      statement: true,
      start: true,
      end: true,
      sentenceStart: true,
      sentenceEnd: true,
      speaker: true,
      speakerRole: true,
      cue: true,
      attribution: true,
      kind: true,
      checkworthiness: true,
      checkworthy: true,
      state: true,
      dismissReason: true,
      priority: true,
      dueAt: true,
      rating: true,
      summary: true,
      explanation: true,
      reviewRound: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      assignee: { select: { id: true, name: true } },
      verdictAuthor: { select: { id: true, name: true } },
      article: { select: { id: true, title: true, body: true, outlet: true, url: true } },
      sources: {
        orderBy: { createdAt: 'asc' },
        select: { ...sourceSelect, addedBy: { select: { name: true } } },
      },
      reviews: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          round: true,
          decision: true,
          note: true,
          createdAt: true,
          reviewer: { select: { id: true, name: true } },
        },
      },
      publications: {
        orderBy: { publishedAt: 'desc' },
        select: {
          id: true,
          rating: true,
          summary: true,
          publishedAt: true,
          withdrawnAt: true,
          correctionNote: true,
        },
      },
    },
  });
  if (!claim) throw notFound('Claim');
  const { article, ...rest } = claim;
  return {
    ...rest,
    article: { id: article.id, title: article.title, outlet: article.outlet, url: article.url },
    codePoints: claimCodePoints(article.body, claim),
    sentence: article.body.slice(claim.sentenceStart, claim.sentenceEnd),
    context: {
      before: article.body.slice(Math.max(0, claim.start - 200), claim.start),
      after: article.body.slice(claim.end, claim.end + 200),
    },
  };
}
export type ClaimDetail = Awaited<ReturnType<typeof getClaimDetail>>;

/** Audit events and notes of one claim, merged into one timeline, oldest first. */
export async function claimTimeline(actor: SessionUser | null, claimId: string) {
  assertCan(actor, 'claims.view');
  const [events, notes] = await Promise.all([
    db.auditEvent.findMany({
      where: { entity: 'claim', entityId: claimId },
      orderBy: { id: 'asc' },
      select: {
        id: true,
        at: true,
        action: true,
        before: true,
        after: true,
        actor: { select: { name: true } },
      },
    }),
    db.note.findMany({
      where: { claimId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
    }),
  ]);
  const items = [
    ...events.map((e) => ({
      kind: 'event' as const,
      id: `e${e.id}`,
      at: e.at,
      who: e.actor?.name ?? 'System',
      action: e.action,
      before: e.before,
      after: e.after,
    })),
    ...notes.map((n) => ({
      kind: 'note' as const,
      id: `n${n.id}`,
      at: n.createdAt,
      who: n.author.name,
      body: n.body,
    })),
  ];
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}
