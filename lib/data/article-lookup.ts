import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ARTICLE_PAGE_SIZE, articleQuerySchema } from '@/lib/schemas/article-query';

/** The same address with and without a trailing slash: how it was pasted should not matter. */
function urlVariants(url: string): string[] {
  const bare = url.replace(/\/+$/, '');
  return [...new Set([url, bare, `${bare}/`])];
}

/** Articles, newest first, a page at a time; `url` finds the article(s) imported from that address. */
export async function findArticles(actor: SessionUser | null, rawQuery: unknown) {
  assertCan(actor, 'articles.view');
  const query = articleQuerySchema.parse(rawQuery);
  const where: Prisma.ArticleWhereInput = query.url ? { url: { in: urlVariants(query.url) } } : {};
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (query.page - 1) * ARTICLE_PAGE_SIZE,
      take: ARTICLE_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        outlet: true,
        url: true,
        publishedAt: true,
        createdAt: true,
        createdBy: { select: { name: true } },
        _count: { select: { claims: true } },
      },
    }),
    db.article.count({ where }),
  ]);
  return {
    articles: rows.map(({ createdBy, _count, ...row }) => ({
      ...row,
      addedBy: createdBy.name,
      claimCount: _count.claims,
    })),
    total,
    page: query.page,
    pageSize: ARTICLE_PAGE_SIZE,
  };
}
