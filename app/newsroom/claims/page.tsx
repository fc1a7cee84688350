import type { Metadata } from 'next';
import { countLabel, Pagination } from '@/components/newsroom/pagination';
import { ClaimFilterForm } from '@/components/queue/claim-filter-form';
import { ClaimTable } from '@/components/queue/claim-table';
import { requirePageUser } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getClaimQueue } from '@/lib/data/claim-queue';
import { getRatingScale } from '@/lib/data/rating-scale';

function exportHref(filters: Record<string, unknown>, format: 'csv' | 'json') {
  const params = new URLSearchParams({ format, ...(format === 'csv' ? { bom: '1' } : {}) });
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && key !== 'page' && key !== 'cursor') params.set(key, String(value));
  return `/api/v1/claims/export?${params}`;
}

export const metadata: Metadata = { title: 'Claims' };

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser('claims.view', '/newsroom/claims');
  const [{ filters, filterError, queue, colleagues, articles }, ratingScale] = await Promise.all([
    getClaimQueue(user, await searchParams),
    getRatingScale(),
  ]);

  return (
    <main className="flex flex-col gap-4">
      <h1 id="claims-heading" className="text-xl font-semibold">
        Claims
      </h1>
      <ClaimFilterForm
        filters={filters}
        colleagues={colleagues}
        articles={articles}
        ratingScale={ratingScale}
      />
      {queue ? (
        <>
          <p className="text-sm text-slate-700">
            {countLabel(queue.total, queue.capped, queue.approximate)} claim
            {queue.total === 1 && !queue.capped ? '' : 's'}
            {can(user.role, 'claims.export') ? (
              <>
                {' · '}
                <a href={exportHref(filters, 'csv')} className="text-blue-800 underline">
                  Export CSV
                </a>
                {' · '}
                <a href={exportHref(filters, 'json')} className="text-blue-800 underline">
                  Export JSON
                </a>
              </>
            ) : null}
          </p>
          <ClaimTable
            rows={queue.rows}
            labelledBy="claims-heading"
            sortHeaders={queue.sortHeaders}
            bulk={queue.canBulk ? { colleagues } : undefined}
          />
          <Pagination
            path="/newsroom/claims"
            params={filters}
            previous={queue.previous}
            next={queue.next}
            label="Claim pages"
          />
        </>
      ) : (
        <p role="alert" className="text-sm text-red-700">
          {filterError}
        </p>
      )}
    </main>
  );
}
