import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimMetaForm } from '@/components/claims/claim-meta-form';
import { ClaimTimeline } from '@/components/claims/claim-timeline';
import { ClaimVersionProvider } from '@/components/claims/claim-version';
import { MoveForm } from '@/components/claims/move-form';
import { NoteForm } from '@/components/claims/note-form';
import { RatingBadge } from '@/components/claims/rating-badge';
import { ReviewPanel } from '@/components/claims/review-panel';
import { SourceList } from '@/components/claims/source-list';
import { SourceForm } from '@/components/claims/source-form';
import { StateBadge } from '@/components/claims/state-badge';
import { VerdictForm } from '@/components/claims/verdict-form';
import { WithdrawForm } from '@/components/claims/withdraw-form';
import { requirePageUser } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { claimTimeline, getClaimDetail } from '@/lib/data/claims';
import { listColleagues } from '@/lib/data/users';
import { getReviewQuorum } from '@/lib/data/review-quorum';
import { isDomainError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { moveOptionsFor } from '@/lib/workflow/move-options';
import { EVIDENCE_STATES } from '@/lib/workflow/states';

export const metadata: Metadata = { title: 'Claim' };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser('claims.view', `/newsroom/claims/${id}`);
  const claim = await getClaimDetail(user, id).catch((error) => {
    if (isDomainError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const [timeline, colleagues, quorum] = await Promise.all([
    claimTimeline(user, id),
    listColleagues(user),
    getReviewQuorum(user),
  ]);
  const liveVerdict = claim.publications.find((p) => !p.withdrawnAt);
  const options = moveOptionsFor(user.role, claim.state, !!liveVerdict);
  const round = claim.reviews.filter((r) => r.round === claim.reviewRound);
  const approvals = round.filter((r) => r.decision === 'APPROVE').map((r) => r.reviewer.name);
  const changesRequested =
    claim.state === 'VERIFYING'
      ? claim.reviews.filter((r) => r.decision === 'REQUEST_CHANGES').at(-1)
      : undefined;
  const sentenceStart = claim.sentence.indexOf(claim.text);

  return (
    <ClaimVersionProvider version={claim.version}>
      <main className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex flex-col gap-5">
          <header className="flex flex-col gap-2">
            <p className="text-sm">
              <Link
                href={`/newsroom/articles/${claim.article.id}`}
                className="text-blue-800 underline"
              >
                {claim.article.title}
              </Link>
            </p>
            <h1 className="font-serif text-xl">“{claim.text}”</h1>
            <p className="text-sm text-slate-700">
              {claim.speaker ? (
                <>
                  <span className="font-medium">{claim.speaker}</span>
                  {claim.speakerRole ? `, ${claim.speakerRole}` : ''}
                  {claim.cue ? ` (${claim.cue})` : ''}
                </>
              ) : (
                'Asserted by the article'
              )}
              {' · '}
              {claim.kind.toLowerCase()} · check-worthiness {claim.checkworthiness.toFixed(2)}
            </p>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <StateBadge state={claim.state} />
              {claim.dismissReason ? (
                <span>Dismissed: {claim.dismissReason.replace('_', ' ').toLowerCase()}</span>
              ) : null}
              <span className="text-slate-600">Version {claim.version}</span>
            </p>
            {sentenceStart >= 0 ? (
              <blockquote className="border-l-4 border-slate-300 pl-3 font-serif text-slate-800">
                {claim.sentence.slice(0, sentenceStart)}
                <mark className="bg-amber-100">{claim.text}</mark>
                {claim.sentence.slice(sentenceStart + claim.text.length)}
              </blockquote>
            ) : null}
          </header>

          {changesRequested ? (
            <section
              aria-label="Changes requested"
              className="rounded border border-amber-400 bg-amber-50 p-3 text-sm"
            >
              <p className="font-medium">Changes requested by {changesRequested.reviewer.name}</p>
              <p className="whitespace-pre-wrap">{changesRequested.note}</p>
            </section>
          ) : null}

          {liveVerdict ? (
            <section
              aria-label="Published verdict"
              className="rounded border border-green-700 bg-green-50 p-3 text-sm"
            >
              <p>
                Published verdict <RatingBadge rating={liveVerdict.rating} /> since{' '}
                {formatDate(liveVerdict.publishedAt)}: {liveVerdict.summary}
              </p>
              {claim.state !== 'PUBLISHED' ? (
                <p className="mt-1 text-slate-700">
                  It stays public until the revised verdict is published.
                </p>
              ) : null}
              {can(user.role, 'claims.publish') ? <WithdrawForm claimId={claim.id} /> : null}
            </section>
          ) : null}

          {options.length ? (
            <section
              aria-labelledby="next-steps"
              className="flex flex-col gap-3 rounded border border-slate-300 p-3"
            >
              <h2 id="next-steps" className="font-semibold">
                Next step
              </h2>
              <div className="flex flex-wrap gap-6">
                {options.map((option) => (
                  <MoveForm key={option.to} claimId={claim.id} option={option} />
                ))}
              </div>
            </section>
          ) : null}

          {claim.state === 'IN_REVIEW' && can(user.role, 'claims.review') ? (
            <section
              aria-labelledby="review-heading"
              className="rounded border border-slate-300 p-3"
            >
              <h2 id="review-heading" className="mb-2 font-semibold">
                Review
              </h2>
              <ReviewPanel claimId={claim.id} approvals={approvals} quorum={quorum} />
            </section>
          ) : null}

          <section aria-labelledby="verdict-heading" className="flex flex-col gap-2">
            <h2 id="verdict-heading" className="font-semibold">
              Verdict
            </h2>
            {EVIDENCE_STATES.includes(claim.state) ? (
              <VerdictForm
                claimId={claim.id}
                current={{
                  rating: claim.rating,
                  summary: claim.summary,
                  explanation: claim.explanation,
                }}
              />
            ) : claim.rating ? (
              <div className="text-sm">
                <p>
                  <RatingBadge rating={claim.rating} /> {claim.summary}
                </p>
                <p className="mt-1 whitespace-pre-wrap text-slate-800">{claim.explanation}</p>
                {claim.verdictAuthor ? (
                  <p className="mt-1 text-slate-600">Proposed by {claim.verdictAuthor.name}</p>
                ) : null}
              </div>
            ) : (
              <p className="text-sm text-slate-700">No verdict proposed yet.</p>
            )}
          </section>

          <section aria-labelledby="sources-heading" className="flex flex-col gap-2">
            <h2 id="sources-heading" className="font-semibold">
              Sources ({claim.sources.length})
            </h2>
            <SourceList sources={claim.sources} />
            {EVIDENCE_STATES.includes(claim.state) ? <SourceForm claimId={claim.id} /> : null}
          </section>
        </div>

        <aside className="flex flex-col gap-5">
          <section
            aria-labelledby="assignment-heading"
            className="rounded border border-slate-300 p-3"
          >
            <h2 id="assignment-heading" className="mb-2 font-semibold">
              Assignment
            </h2>
            <ClaimMetaForm
              claimId={claim.id}

              assigneeId={claim.assignee?.id ?? null}
              dueAt={claim.dueAt ? claim.dueAt.toISOString().slice(0, 10) : null}
              priority={claim.priority}
              colleagues={colleagues}
              canAssignOthers={can(user.role, 'claims.assign')}
              currentUserId={user.id}
            />
          </section>
          <section aria-labelledby="timeline-heading" className="flex flex-col gap-3">
            <h2 id="timeline-heading" className="font-semibold">
              Timeline
            </h2>
            <NoteForm claimId={claim.id} />
            <ClaimTimeline items={timeline} />
          </section>
        </aside>
      </main>
    </ClaimVersionProvider>
  );
}
