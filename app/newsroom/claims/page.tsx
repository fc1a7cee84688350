import type { Metadata } from 'next';
import { ClaimFilterForm } from '@/components/queue/claim-filter-form';
import { ClaimTable } from '@/components/queue/claim-table';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getClaimQueue } from '@/lib/data/claim-queue';

export const metadata: Metadata = { title: 'Claims' };

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser('claims.view', '/newsroom/claims');
  const { filters, filterError, queue, colleagues, articles } = await getClaimQueue(
    user,
    await searchParams,
  );

  return (
    <main className="flex flex-col gap-4">
      <h1 id="claims-heading" className="text-xl font-semibold">
        Claims
      </h1>
      <ClaimFilterForm filters={filters} colleagues={colleagues} articles={articles} />
      {queue ? (
        <>
          <p className="text-sm text-slate-700">
            {queue.total} claim{queue.total === 1 ? '' : 's'}
            {queue.total > queue.pageSize ? `, page ${queue.page}` : ''}
          </p>
          <ClaimTable
            rows={queue.rows}
            labelledBy="claims-heading"
            sortHeaders={queue.sortHeaders}
            bulk={queue.canBulk ? { colleagues } : undefined}
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
