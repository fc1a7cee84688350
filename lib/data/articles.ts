import 'server-only';
import { codePointOffsets } from '@/lib/code-points';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { Attribution, ClaimKind, ClaimState } from '@/lib/generated/prisma/enums';

export interface ArticleListItem {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  addedBy: string;
  claimCount: number;
}

export async function listArticles(actor: SessionUser | null): Promise<ArticleListItem[]> {
  assertCan(actor, 'articles.view');
  const rows = await db.article.findMany({
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: {
      id: true,
      title: true,
      outlet: true,
      publishedAt: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { claims: true } },
    },
  });
  return rows.map(({ createdBy, _count, ...row }) => ({
    ...row,
    addedBy: createdBy.name,
    claimCount: _count.claims,
  }));
}

export interface NewsroomClaim {
  id: string;
  text: string;
  statement: string;
  codePoints: { start: number; end: number };
  start: number;
  end: number;
  speaker: string | null;
  speakerRole: string | null;
  cue: string | null;
  kind: ClaimKind;
  attribution: Attribution;
  checkworthiness: number;
  checkworthy: boolean;
  state: ClaimState;
  version: number;
  assignee: string | null;
}

export interface NewsroomArticle {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: Date | null;
  body: string;
  createdAt: Date;
  addedBy: string;
  claims: NewsroomClaim[];
}

export async function getNewsroomArticle(
  actor: SessionUser | null,
  id: string,
): Promise<NewsroomArticle> {
  assertCan(actor, 'articles.view');
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      outlet: true,
      byline: true,
      url: true,
      publishedAt: true,
      body: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      claims: {
        orderBy: { start: 'asc' },
        select: {
          id: true,
          text: true,
          statement: true,
          start: true,
          end: true,
          speaker: true,
          speakerRole: true,
          cue: true,
          kind: true,
          attribution: true,
          checkworthiness: true,
          checkworthy: true,
          state: true,
          version: true,
          assignee: { select: { name: true } },
        },
      },
    },
  });
  if (!article) throw notFound('Article');
  const { createdBy, claims, ...rest } = article;
  const codePoint = codePointOffsets(article.body);
  return {
    ...rest,
    addedBy: createdBy.name,
    claims: claims.map(({ assignee, ...claim }) => ({
      ...claim,
      codePoints: { start: codePoint(claim.start), end: codePoint(claim.end) },
      assignee: assignee?.name ?? null,
    })),
  };
}
