// The public pages' data reads alone (no rendering), at -c BENCH_CONCURRENCY, on DATABASE_URL:
//   DATABASE_URL=... npm run bench:public-queries   (after db:seed:public-scale; BENCH_SECONDS=5)
// Shows what the database costs each page, beside `SELECT 1` through the same pool (the floor).
import { listCorrections } from '@/lib/data/public/corrections';
import { publishedVerdictPage } from '@/lib/data/public/verdict-export';
import { getPublicSpeaker } from '@/lib/data/public/speakers';
import { listMostCheckedSpeakers, listPublishedVerdicts } from '@/lib/data/public/verdicts';
import { db } from '@/lib/db';
import { closedLoop } from './lib/closed-loop';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

const load = (work: () => Promise<unknown>, seconds = SECONDS) =>
  closedLoop(
    async () => {
      await work();
    },
    { concurrency: CONCURRENCY, seconds },
  );

async function main(): Promise<void> {
  let cursor: string | undefined;
  for (let page = 0; page < 2000; page += 1) {
    const next: string | null = (await listPublishedVerdicts({ cursor })).next;
    if (!next) break;
    cursor = next;
  }
  const busiest = (await listMostCheckedSpeakers(1))[0]?.name ?? '';
  const slug = busiest.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const cases: [string, () => Promise<unknown>][] = [
    ['floor: SELECT 1', () => db.$queryRaw`SELECT 1`],
    [
      'home (page + most-checked)',
      () => Promise.all([listPublishedVerdicts({}), listMostCheckedSpeakers()]),
    ],
    ['home, deepest page by cursor', () => listPublishedVerdicts({ cursor })],
    ['search q=percent', () => listPublishedVerdicts({ q: 'percent' })],
    [`busiest speaker (${busiest})`, () => getPublicSpeaker(slug)],
    ['corrections', () => listCorrections()],
    ['claim-review-feed, deepest cursor', () => publishedVerdictPage({ cursor }, 100)],
  ];
  console.log(`data reads only, -c ${CONCURRENCY}, ${SECONDS} s each; ms`);
  console.log(`${'query'.padEnd(36)}  req/s    p50    p95`);
  for (const [name, work] of cases) {
    await load(work, 1); // warm-up
    const r = await load(work);
    console.log(
      `${name.padEnd(36)}${r.perSecond.toFixed(0).padStart(7)}${r.p50.toFixed(1).padStart(7)}${r.p95.toFixed(1).padStart(7)}`,
    );
  }
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
