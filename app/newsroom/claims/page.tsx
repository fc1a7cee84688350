import type { Metadata } from 'next';
import { ClaimFilterForm } from '@/components/queue/claim-filter-form';
import { ClaimTable } from '@/components/queue/claim-table';
import { requirePageUser } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { listArticles } from '@/lib/data/articles';
import { listClaims } from '@/lib/data/claims';
import { listColleagues } from '@/lib/data/users';
import { invalid } from '@/lib/errors';
import { toQueueRows } from '@/lib/queue-rows';
import { claimFiltersSchema } from '@/lib/schemas/claim-filters';

export const metadata: Metadata = { title: 'Claims' };

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser('claims.view', '/newsroom/claims');
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const parsed = claimFiltersSchema.safeParse(raw);
  const [result, colleagues, articles] = await Promise.all([
    parsed.success ? listClaims(user, parsed.data) : Promise.resolve(null),
    listColleagues(user),
    listArticles(user),
  ]);
  const sortLink = (sort: string) =>
    `?${new URLSearchParams({
      ...(parsed.success
        ? Object.fromEntries(
            Object.entries(parsed.data)
              .filter(([, v]) => v !== undefined)
              .map(([k, v]) => [k, String(v)]),
          )
        : {}),
      sort,
    })}`;

  return (
    <main className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">Claims</h1>
      <ClaimFilterForm
        filters={parsed.success ? parsed.data : {}}
        colleagues={colleagues}
        articles={articles}
      />
      {!result ? (
        <p role="alert" className="text-sm text-red-700">
          {
            invalid(
              'Some filters are not valid: ' +
                parsed.error!.issues.map((i) => i.path.join('.')).join(', '),
            ).message
          }
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {result.total} claim{result.total === 1 ? '' : 's'}
            {result.total > result.pageSize ? `, page ${result.page}` : ''}
          </p>
          <ClaimTable
            rows={toQueueRows(result.rows)}
            canBulk={can(user.role, 'claims.bulk')}
            colleagues={colleagues}
            sortLinks={{
              updated: sortLink('updated'),
              oldest: sortLink('oldest'),
              due: sortLink('due'),
              priority: sortLink('priority'),
            }}
          />
        </>
      )}
    </main>
  );
}
