/**
 * `npm run bench:newsroom [-- --requests 50 --concurrency 10]`: every newsroom list and page's data
 * (lib/data, as the pages call it) on DATABASE_URL's database, e.g. one filled by
 * `npm run db:seed:scale`. Each case runs `requests` times, `concurrency` at once, and prints p50/p95
 * beside the 100 ms budget; the same run times the offset-and-count listing the queue and the API
 * used before (the same Prisma query, inlined here) as the baseline.
 */
import type { SessionUser } from '@/lib/auth/session-user';

const BUDGET_MS = 100;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(run: () => Promise<unknown>, requests: number, concurrency: number) {
  await run(); // warm the plan cache and the connection
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, requests) }, async () => {
      while (next++ < requests) {
        const t0 = performance.now();
        await run();
        times.push(performance.now() - t0);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL (see docs/database.md).');
  const requests = option('--requests', 50);
  const concurrency = option('--concurrency', 10);
  const { db } = await import('@/lib/db');
  const { getClaimQueue } = await import('@/lib/data/claim-queue');
  const { claimRowSelect, QUEUE_ORDER, whereFor } = await import('@/lib/data/claims');
  const { getMyWork } = await import('@/lib/data/my-work');
  const { listArticles } = await import('@/lib/data/articles');
  const { getTriageQueue } = await import('@/lib/data/triage');
  const { getClaimPage } = await import('@/lib/data/claim-page');
  const { getArticleWorkspace } = await import('@/lib/data/article-workspace');
  const { listUsers } = await import('@/lib/data/users');

  const user = async (email: string): Promise<SessionUser> =>
    db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, email: true, name: true, role: true },
    });
  const journalist = await user('journalist@factdesk.test');
  const editor = await user('editor@factdesk.test');
  const admin = await user('admin@factdesk.test');
  const claims = await db.claim.count({ where: { state: 'PUBLISHED' }, take: 1 });
  if (!claims) throw new Error('No published claims: run npm run db:seed:scale first.');
  const published = await db.claim.findFirstOrThrow({
    where: { state: 'PUBLISHED' },
    orderBy: { updatedAt: 'desc' },
    select: { id: true },
  });
  const biggest = await db.$queryRaw<{ articleId: string; n: number }[]>`
    SELECT "articleId", count(*)::int AS n FROM "Claim"
    WHERE "articleId" IN (SELECT id FROM "Article" ORDER BY "createdAt" LIMIT 50) GROUP BY 1 ORDER BY 2 DESC LIMIT 1`;
  const article = biggest[0];
  const speaker = await db.claim.findFirstOrThrow({
    where: { speaker: { not: null } },
    orderBy: { updatedAt: 'desc' },
    select: { speaker: true },
  });
  const firstPage = await getClaimQueue(editor, {});
  const page2 = firstPage.queue?.next ?? undefined;

  const queue =
    (params: Record<string, string>, who = editor) =>
    () =>
      getClaimQueue(who, params);
  const cases: [string, () => Promise<unknown>][] = [
    ['queue: default', queue({})],
    ['queue: next page (cursor)', queue(page2 ? { cursor: page2 } : {})],
    ['queue: state=VERIFYING', queue({ state: 'VERIFYING' })],
    ['queue: assignee=me (journalist)', queue({ assignee: 'me' }, journalist)],
    ['queue: assignee=none', queue({ assignee: 'none' })],
    [`queue: speaker=${speaker.speaker}`, queue({ speaker: speaker.speaker! })],
    [`queue: article (${article.n} claims)`, queue({ article: article.articleId })],
    ['queue: rating=FALSE', queue({ rating: 'FALSE' })],
    ['queue: due=overdue', queue({ due: 'overdue' })],
    ['queue: due=week', queue({ due: 'week' })],
    ['queue: due=none', queue({ due: 'none' })],
    ['queue: q=unemployment', queue({ q: 'unemployment' })],
    ['queue: q=teacher vacancies', queue({ q: 'teacher vacancies' })],
    ['queue: sort=due', queue({ sort: 'due' })],
    ['queue: sort=priority', queue({ sort: 'priority' })],
    ['queue: sort=oldest', queue({ sort: 'oldest' })],
    ['queue: state=VERIFYING sort=due', queue({ state: 'VERIFYING', sort: 'due' })],
    ['My work (journalist)', () => getMyWork(journalist)],
    ['My work + review queue (editor)', () => getMyWork(editor)],
    ['articles list', () => listArticles(editor)],
    ['triage', () => getTriageQueue(editor)],
    ['claim page (published)', () => getClaimPage(editor, published.id)],
    [`article page (${article.n} claims)`, () => getArticleWorkspace(editor, article.articleId)],
    ['admin: users', () => listUsers(admin)],
  ];
  const offsetAndCount =
    (filters: { q?: string }, page = 1) =>
    () => {
      const where = whereFor(filters, editor.id);
      return Promise.all([
        db.claim.findMany({
          where,
          select: claimRowSelect,
          orderBy: QUEUE_ORDER.updated,
          take: 50,
          skip: (page - 1) * 50,
        }),
        db.claim.count({ where }),
      ]);
    };
  const baseline: [string, () => Promise<unknown>][] = [
    ['before: offset+count, default', offsetAndCount({})],
    ['before: offset+count, page 800', offsetAndCount({}, 800)],
    ['before: offset+count, q=unemployment', offsetAndCount({ q: 'unemployment' })],
  ];

  const total = await db.$queryRaw<
    { n: bigint }[]
  >`SELECT reltuples::bigint AS n FROM pg_class WHERE relname = 'Claim'`;
  console.log(
    `~${Number(total[0].n).toLocaleString('en')} claims; ${requests} requests per case, ${concurrency} at once; budget p95 < ${BUDGET_MS} ms`,
  );
  console.log(`${'case'.padEnd(44)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`);
  for (const [name, run] of cases) {
    const { p50, p95 } = await measure(run, requests, concurrency);
    console.log(
      `${name.slice(0, 44).padEnd(44)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)}${p95 > BUDGET_MS ? '  over budget' : ''}`,
    );
  }
  // The old listing is slow: fewer requests, so the run stays short.
  for (const [name, run] of baseline) {
    const { p50, p95 } = await measure(run, concurrency, concurrency);
    console.log(
      `${name.slice(0, 44).padEnd(44)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)}`,
    );
  }
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
