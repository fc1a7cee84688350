import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as desk from '@/lib/data/analytics/desk';
import * as flow from '@/lib/data/analytics/flow';
import { db } from '@/lib/db';
import { analyticsRange, type AnalyticsFilters } from '@/lib/schemas/analytics-filters';
import { createArticle, createUser } from '@/prisma/factories';
import { addPublication, createPublishedClaim } from '@/prisma/publication-factory';
import * as reference from '@/scripts/lib/analytics-reference-queries';
import { audit, day, seedClaims } from './history-fixtures';

// This file's own outlets and people, so other files' rows never enter the filtered figures.
const tag = randomBytes(4).toString('hex');
const outlet = `Summary Gazette ${tag}`;
const otherOutlet = `Summary Courier ${tag}`;
const range = analyticsRange({ from: '2025-03-01', to: '2025-05-31' });
const now = new Date('2025-05-20T12:00:00Z');
let alice: string;
let bob: string;

const FILTERS: AnalyticsFilters[] = [];

beforeAll(async () => {
  const author = await createUser(db, { role: 'EDITOR' });
  alice = (await createUser(db, { role: 'JOURNALIST', name: `Alice ${tag}` })).id;
  bob = (await createUser(db, { role: 'JOURNALIST', name: `Bob ${tag}` })).id;
  const people = { alice, bob };
  FILTERS.push(
    { outlet },
    { assignee: alice },
    { assignee: bob },
    { outlet, assignee: alice },
    { outlet, assignee: bob },
    { outlet: otherOutlet },
  );
  const mk = (name: string | null) =>
    createArticle(db, { createdById: author.id, body: 'Body.', extract: false, outlet: name });
  const [main, other, doomed] = [await mk(outlet), await mk(otherOutlet), await mk(outlet)];
  const ids = await seedClaims(main.id, people, [
    { state: 'EXTRACTED', createdAt: '2025-02-10', assignee: 'alice', dueAt: '2025-05-01' },
    {
      state: 'VERIFYING',
      createdAt: '2025-02-20',
      assignee: 'alice',
      dueAt: '2025-06-01',
      changes: [
        ['2025-02-25', 'EXTRACTED', 'SOURCING'],
        ['2025-03-12', 'SOURCING', 'VERIFYING'],
      ],
    },
    {
      state: 'IN_REVIEW',
      createdAt: '2025-03-03',
      assignee: 'bob',
      dueAt: '2025-04-01',
      changes: [
        ['2025-03-10', 'EXTRACTED', 'VERIFYING'],
        ['2025-04-02', 'VERIFYING', 'IN_REVIEW', 'claim.submit_for_review'],
        ['2025-04-09', 'IN_REVIEW', 'VERIFYING', 'claim.request_changes'],
        ['2025-04-12', 'VERIFYING', 'IN_REVIEW', 'claim.submit_for_review'],
      ],
    },
    { state: 'DISMISSED', createdAt: '2025-03-04', dismissReason: 'OPINION', checkworthy: false },
    {
      state: 'DISMISSED',
      createdAt: '2025-04-15',
      assignee: 'bob',
      dismissReason: 'DUPLICATE',
      changes: [['2025-04-16', 'EXTRACTED', 'DISMISSED']],
    },
    { state: 'SOURCING', createdAt: '2025-05-30', assignee: 'alice', checkworthy: false },
    // Due on the day of `now`, hours before it: overdue (counted from the claims, not the summary).
    { state: 'VERIFYING', createdAt: '2025-05-02', assignee: 'bob', dueAt: '2025-05-20' },
  ]);
  await seedClaims(other.id, people, [
    { state: 'APPROVED', createdAt: '2025-03-20', assignee: 'alice', dueAt: '2025-05-02' },
    { state: 'EXTRACTED', createdAt: '2025-04-01', assignee: 'bob' },
  ]);
  await seedClaims(doomed.id, people, [
    {
      state: 'VERIFYING',
      createdAt: '2025-03-05',
      assignee: 'alice',
      changes: [['2025-03-06', 'EXTRACTED', 'VERIFYING']],
    },
  ]);

  // Published claims: plain, corrected with another rating, and withdrawn then republished.
  const published = async (
    text: string,
    createdAt: string,
    publishedAt: string,
    speaker: string,
    articleId = main.id,
  ) => {
    const claim = await createPublishedClaim(db, {
      articleId,
      text,
      start: 0,
      speaker,
      rating: 'FALSE',
      publishedById: author.id,
      publishedAt: day(publishedAt),
    });
    await db.claim.update({
      where: { id: claim.id },
      data: { createdAt: day(createdAt), assigneeId: alice },
    });
    await audit(claim.id, publishedAt, 'APPROVED', 'PUBLISHED', 'claim.publish');
    return claim;
  };
  // Submissions and approvals (an approval with no submission before it does not count; the last
  // submission before an approval does). Written without states, so the backlog stays as above.
  const reviewed = async (claimId: string, submitted: string[], approved: string[]) => {
    for (const at of submitted) await audit(claimId, at, null, null, 'claim.submit_for_review');
    for (const at of approved) await audit(claimId, at, null, null, 'claim.approve');
  };
  const plain = await published('plain', '2025-03-01', '2025-03-08', 'Mayor Ana Lopez');
  await reviewed(plain.id, ['2025-03-05'], ['2025-03-07']);
  const corrected = await published('corrected', '2025-03-02', '2025-03-20', 'Mayor Ana Lopez');
  await reviewed(corrected.id, ['2025-03-10', '2025-03-15', '2025-03-19'], ['2025-03-18']);
  await reviewed(ids[0], [], ['2025-03-20']);
  await reviewed(ids[2], [], ['2025-04-20']);
  await addPublication(db, corrected.id, {
    claimText: 'corrected',
    speaker: 'Mayor Ana Lopez',
    rating: 'TRUE',
    publishedById: author.id,
    correctionNote: 'Corrected.',
    publishedAt: day('2025-04-20'),
  });
  const withdrawn = await published('withdrawn', '2025-02-01', '2025-04-03', 'Senator Bo Ek');
  // The approval written before its submission (as a restore or an import might order them).
  await audit(withdrawn.id, '2025-04-01', null, null, 'claim.approve');
  await audit(withdrawn.id, '2025-03-28', null, null, 'claim.submit_for_review');
  await db.publication.updateMany({
    where: { claimId: withdrawn.id },
    data: { withdrawnAt: day('2025-04-10') },
  });
  await addPublication(db, withdrawn.id, {
    claimText: 'withdrawn',
    speaker: 'Senator Bo Ek',
    rating: 'MIXED',
    publishedById: author.id,
    publishedAt: day('2025-05-05'),
  });

  // After the history is written: a reassignment, a changed import date, an article moving to
  // the other outlet and back, deleted claims (one published) and a deleted article (with a published
  // claim). The summaries follow each.
  await db.claim.update({ where: { id: ids[2] }, data: { assigneeId: alice } });
  await db.claim.update({
    where: { id: ids[1] },
    data: { createdAt: day('2025-03-02'), dueAt: day('2025-05-10') },
  });
  await db.article.update({ where: { id: other.id }, data: { outlet } });
  await db.article.update({ where: { id: other.id }, data: { outlet: otherOutlet } });
  const gone = await published('gone', '2025-03-03', '2025-03-09', 'Senator Bo Ek');
  await published('gone with its article', '2025-03-04', '2025-03-11', 'Senator Bo Ek', doomed.id);
  await db.claim.delete({ where: { id: ids[5] } });
  await db.claim.delete({ where: { id: gone.id } });
  await db.article.delete({ where: { id: doomed.id } });
});

afterAll(async () => {
  await db.$disconnect();
});

describe('dashboard queries on the summaries', () => {
  it('give the same figures as scanning the claims, publications and audit trail', async () => {
    const sortByState = <T extends { state: string }>(rows: T[]) =>
      [...rows].sort((a, b) => a.state.localeCompare(b.state));
    for (const filters of FILTERS) {
      const pairs: [string, unknown, unknown][] = [
        [
          'headline',
          await flow.headlineFigures(filters, range),
          await reference.headlineFigures(filters, range),
        ],
        [
          'backlog now',
          sortByState(await flow.backlogNow(filters)),
          sortByState(await reference.backlogNow(filters)),
        ],
        [
          'over time',
          await desk.backlogOverTime(filters, range),
          await reference.backlogOverTime(filters, range),
        ],
        [
          'throughput',
          await flow.throughput(filters, range),
          await reference.throughput(filters, range),
        ],
        [
          'import → publication',
          await flow.importToPublication(filters, range),
          await reference.importToPublication(filters, range),
        ],
        [
          'submission → approval',
          await flow.submissionToApproval(filters, range),
          await reference.submissionToApproval(filters, range),
        ],
        ['workload', await desk.workload(filters, now), await reference.workload(filters, now)],
        [
          'by speaker',
          await desk.ratingsBy('speaker', filters, range),
          await reference.ratingsBy('speaker', filters, range),
        ],
        [
          'by outlet',
          await desk.ratingsBy('outlet', filters, range),
          await reference.ratingsBy('outlet', filters, range),
        ],
        [
          'check-worthy',
          await desk.checkworthyByOutlet(filters, range),
          await reference.checkworthyByOutlet(filters, range),
        ],
        [
          'quality',
          await desk.extractionQuality(filters, range),
          await reference.extractionQuality(filters, range),
        ],
      ];
      for (const [name, actual, expected] of pairs)
        expect(actual, `${name} for ${JSON.stringify(filters)}`).toEqual(expected);
    }
  });

  it('count what the seed holds for the outlet', async () => {
    expect(await flow.headlineFigures({ outlet }, range)).toEqual({
      // Claims 1 (moved into March) to 4 and 6, and two published ones; the deleted claims and
      // article are gone.
      imported: 7,
      dismissed: 2,
      checkworthy: 6,
      published: 3, // first publications only: the correction is not one, the withdrawn one is
    });
    // Approvals after a submission: plain 2 days, corrected 3 (its last submission before the
    // approval), withdrawn 4 (submission written after the approval), claim 2 8 (after changes
    // were requested); claim 0's approval had no submission.
    const approvals = await flow.submissionToApproval({ outlet }, range);
    expect(approvals.map((row) => [row.count, row.medianDays])).toEqual([
      [1, 2],
      [1, 3],
      [1, 4],
      [1, 8],
    ]);
    expect(await desk.workload({ outlet }, now)).toContainEqual({
      id: bob,
      name: `Bob ${tag}`,
      assigned: 1,
      inReview: 0,
      overdue: 1,
    });
    const rows = await flow.throughput({ outlet }, range);
    expect(rows.map((row) => row.rating)).toEqual(['FALSE', 'FALSE', 'FALSE']);
    const weeks = await desk.backlogOverTime({ outlet, assignee: alice }, range);
    // End of the week of 3 March: claim 1 was sourcing until the 12th, claim 2 (reassigned to Alice)
    // extracted until the 10th, two published claims were approved (published later).
    expect(weeks[1].counts).toMatchObject({
      EXTRACTED: 2,
      SOURCING: 1,
      VERIFYING: 0,
      IN_REVIEW: 0,
      APPROVED: 2,
      PUBLISHED: 1,
    });
  });
});
