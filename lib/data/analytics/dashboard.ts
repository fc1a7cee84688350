import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { getRatingScale } from '@/lib/data/rating-scale';
import { listColleagues } from '@/lib/data/users';
import { db } from '@/lib/db';
import { analyticsFiltersSchema, analyticsRange } from '@/lib/schemas/analytics-filters';
import {
  backlogOverTime,
  checkworthyByOutlet,
  extractionQuality,
  ratingsBy,
  workload,
} from './desk';
import {
  backlogNow,
  headlineFigures,
  importToPublication,
  slowestOpenClaims,
  submissionToApproval,
  throughput,
} from './flow';

type SearchParams = Record<string, string | string[] | undefined>;

/** Everything the newsroom dashboard shows, for its URL's filters (editors and admins). */
export async function getDashboard(actor: SessionUser | null, searchParams: SearchParams) {
  const user = assertCan(actor, 'analytics.view');
  const raw = Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [
      key,
      Array.isArray(value) ? value[0] : value,
    ]),
  );
  const parsed = analyticsFiltersSchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const range = analyticsRange(filters);
  const [colleagues, outlets] = await Promise.all([
    listColleagues(user),
    db.$queryRaw<{ outlet: string }[]>`
      SELECT DISTINCT outlet FROM "Article" WHERE outlet IS NOT NULL ORDER BY outlet LIMIT 500`,
  ]);
  const picker = {
    colleagues: colleagues.map(({ id, name }) => ({ id, name })),
    outlets: outlets.map((row) => row.outlet),
  };
  if (!parsed.success)
    return {
      ...picker,
      filters: { from: range.from, to: range.to },
      error: parsed.error.issues.map((issue) => issue.message).join(' '),
      data: null,
    };
  const [
    figures,
    now,
    overTime,
    weekly,
    durations,
    approvals,
    slowest,
    people,
    speakers,
    outletRatings,
    checkworthy,
    quality,
    ratingScale,
  ] = await Promise.all([
    headlineFigures(filters, range),
    backlogNow(filters),
    backlogOverTime(filters, range),
    throughput(filters, range),
    importToPublication(filters, range),
    submissionToApproval(filters, range),
    slowestOpenClaims(filters),
    workload(filters),
    ratingsBy('speaker', filters, range),
    ratingsBy('outlet', filters, range),
    checkworthyByOutlet(filters, range),
    extractionQuality(filters, range),
    getRatingScale(),
  ]);
  return {
    ...picker,
    filters: { ...filters, from: range.from, to: range.to },
    error: null,
    data: {
      figures,
      backlogNow: now,
      backlogOverTime: overTime,
      throughput: weekly,
      importToPublication: durations,
      submissionToApproval: approvals,
      slowest,
      workload: people,
      ratingsBySpeaker: speakers,
      ratingsByOutlet: outletRatings,
      checkworthy,
      quality,
      ratingScale,
    },
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
export type DashboardData = NonNullable<Dashboard['data']>;
