import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { ClaimTable } from '@/components/queue/claim-table';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getMyWork } from '@/lib/data/my-work';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Newsroom' };

export default async function NewsroomHome() {
  const user = await requirePageUser('newsroom.view', '/newsroom');
  const {
    myClaims,
    moreMyClaims,
    changesRequested,
    myVerdictsInReview,
    reviewQueue,
    moreInReviewQueue,
    mentions,
    recentArticles,
  } = await getMyWork(user);

  return (
    <main className="flex flex-col gap-8">
      <section aria-labelledby="my-claims">
        <h1 id="my-claims" className="mb-2 text-xl font-semibold">
          My claims
        </h1>
        {myClaims.length ? (
          <>
            <ClaimTable rows={myClaims} labelledBy="my-claims" />
            {moreMyClaims ? (
              <MoreLink href="/newsroom/claims?assignee=me&sort=due">
                All claims assigned to you, soonest due first
              </MoreLink>
            ) : null}
          </>
        ) : (
          <p className="text-sm text-slate-700">
            Nothing assigned to you.{' '}
            <Link href="/newsroom/claims?assignee=none" className="text-blue-800 underline">
              Unassigned claims
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="changes-requested">
        <h2 id="changes-requested" className="mb-2 text-lg font-semibold">
          Changes requested on my verdicts
        </h2>
        {changesRequested.length ? (
          <ul className="flex flex-col gap-2 text-sm">
            {changesRequested.map((claim) => (
              <li key={claim.id}>
                <Link href={`/newsroom/claims/${claim.id}`} className="text-blue-800 underline">
                  “{claim.text.slice(0, 80)}”
                </Link>{' '}
                <span className="text-slate-600">
                  {claim.speaker ? `(${claim.speaker}) ` : ''}· {claim.reviewer},{' '}
                  {formatDateTime(claim.requestedAt)}
                  {claim.note ? ':' : ''}
                </span>{' '}
                {claim.note}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">No reviewer is waiting on changes from you.</p>
        )}
      </section>
      <section aria-labelledby="my-verdicts-in-review">
        <h2 id="my-verdicts-in-review" className="mb-2 text-lg font-semibold">
          My verdicts in review
        </h2>
        {myVerdictsInReview.length ? (
          <ClaimTable rows={myVerdictsInReview} labelledBy="my-verdicts-in-review" />
        ) : (
          <p className="text-sm text-slate-700">None of your verdicts is waiting for review.</p>
        )}
      </section>
      {reviewQueue ? (
        <section aria-labelledby="review-queue">
          <h2 id="review-queue" className="mb-2 text-lg font-semibold">
            Review queue <span className="text-sm font-normal text-slate-600">(oldest first)</span>
          </h2>
          {reviewQueue.length ? (
            <>
              <ClaimTable rows={reviewQueue} labelledBy="review-queue" />
              {moreInReviewQueue ? (
                <MoreLink href="/newsroom/claims?state=IN_REVIEW&sort=oldest">
                  The whole review queue
                </MoreLink>
              ) : null}
            </>
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
      <section aria-labelledby="recent-articles">
        <h2 id="recent-articles" className="mb-2 text-lg font-semibold">
          Recently imported articles
        </h2>
        {recentArticles.length ? (
          <ul className="flex flex-col gap-1 text-sm">
            {recentArticles.map((article) => (
              <li key={article.id}>
                <Link href={`/newsroom/articles/${article.id}`} className="text-blue-800 underline">
                  {article.title}
                </Link>{' '}
                <span className="text-slate-600">
                  {article.outlet ? `${article.outlet} · ` : ''}
                  {article.claimCount} claim{article.claimCount === 1 ? '' : 's'} · added by{' '}
                  {article.addedBy}, {formatDateTime(article.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">
            No articles yet.{' '}
            <Link href="/newsroom/articles/new" className="text-blue-800 underline">
              Import one
            </Link>
          </p>
        )}
      </section>
    </main>
  );
}

/** Where a start-page list that shows only its first rows goes on. */
function MoreLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mt-2 text-sm">
      <Link href={href} className="text-blue-800 underline">
        {children}
      </Link>
    </p>
  );
}
