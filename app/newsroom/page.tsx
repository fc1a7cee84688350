import type { Metadata } from 'next';
import Link from 'next/link';
import { ClaimTable } from '@/components/queue/claim-table';
import { requirePageUser } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { listClaims, reviewQueue } from '@/lib/data/claims';
import { listMentions } from '@/lib/data/notes';
import { formatDateTime } from '@/lib/format';
import { toQueueRows } from '@/lib/queue-rows';
import { FINISHED_STATES } from '@/lib/workflow/states';

export const metadata: Metadata = { title: 'Newsroom' };

const noSort = { updated: '?', oldest: '?', due: '?', priority: '?' };

export default async function NewsroomHome() {
  const user = await requirePageUser('newsroom.view', '/newsroom');
  const isEditor = can(user.role, 'claims.review');
  const [mine, queue, mentions] = await Promise.all([
    listClaims(user, { assignee: 'me', sort: 'due' }),
    isEditor ? reviewQueue(user) : Promise.resolve([]),
    listMentions(user, 10),
  ]);
  const openMine = mine.rows.filter((row) => !FINISHED_STATES.includes(row.state));

  return (
    <main className="flex flex-col gap-8">
      <section aria-labelledby="my-claims">
        <h1 id="my-claims" className="mb-2 text-xl font-semibold">
          My claims
        </h1>
        {openMine.length ? (
          <ClaimTable
            rows={toQueueRows(openMine)}
            canBulk={false}
            colleagues={[]}
            sortLinks={noSort}
          />
        ) : (
          <p className="text-sm text-slate-700">
            Nothing assigned to you.{' '}
            <Link href="/newsroom/claims?assignee=none" className="text-blue-800 underline">
              Unassigned claims
            </Link>
          </p>
        )}
      </section>
      {isEditor ? (
        <section aria-labelledby="review-queue">
          <h2 id="review-queue" className="mb-2 text-lg font-semibold">
            Review queue <span className="text-sm font-normal text-slate-600">(oldest first)</span>
          </h2>
          {queue.length ? (
            <ClaimTable
              rows={toQueueRows(queue)}
              canBulk={false}
              colleagues={[]}
              sortLinks={noSort}
            />
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
                  on “{m.claimText.slice(0, 60)}”
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
