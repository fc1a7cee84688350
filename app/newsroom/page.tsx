import type { Metadata } from 'next';
import Link from 'next/link';
import { ClaimTable } from '@/components/queue/claim-table';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getMyWork } from '@/lib/data/my-work';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Newsroom' };

export default async function NewsroomHome() {
  const user = await requirePageUser('newsroom.view', '/newsroom');
  const { myClaims, reviewQueue, mentions } = await getMyWork(user);

  return (
    <main className="flex flex-col gap-8">
      <section aria-labelledby="my-claims">
        <h1 id="my-claims" className="mb-2 text-xl font-semibold">
          My claims
        </h1>
        {myClaims.length ? (
          <ClaimTable rows={myClaims} labelledBy="my-claims" />
        ) : (
          <p className="text-sm text-slate-700">
            Nothing assigned to you.{' '}
            <Link href="/newsroom/claims?assignee=none" className="text-blue-800 underline">
              Unassigned claims
            </Link>
          </p>
        )}
      </section>
      {reviewQueue ? (
        <section aria-labelledby="review-queue">
          <h2 id="review-queue" className="mb-2 text-lg font-semibold">
            Review queue <span className="text-sm font-normal text-slate-600">(oldest first)</span>
          </h2>
          {reviewQueue.length ? (
            <ClaimTable rows={reviewQueue} labelledBy="review-queue" />
          ) : (
            <p className="text-sm text-slate-700">No verdicts are waiting for review.</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="mentions">
        <h2 id="mentions" className="mb-2 text-lg font-semibold">
          Mentions
        </h2>
        {mentions.length ? (
          <ul className="flex flex-col gap-2 text-sm">
            {mentions.map((m) => (
              <li key={m.id}>
                <span className="text-slate-600">
                  {formatDateTime(m.createdAt)} · {m.author}:
                </span>{' '}
                {m.body}{' '}
                <Link href={`/newsroom/claims/${m.claimId}`} className="text-blue-800 underline">
                  on “{m.claimExcerpt}”
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">No one has mentioned you.</p>
        )}
      </section>
    </main>
  );
}
