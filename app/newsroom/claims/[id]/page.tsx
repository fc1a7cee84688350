import type { Metadata } from 'next';
import Link from 'next/link';
import { ClaimMetaForm } from '@/components/claims/claim-meta-form';
import { ClaimTimeline } from '@/components/claims/claim-timeline';
import { ClaimVersionProvider } from '@/components/claims/claim-version';
import { MoveForm } from '@/components/claims/move-form';
import { NoteForm } from '@/components/claims/note-form';
import { RatingBadge } from '@/components/claims/rating-badge';
import { ReviewChanges } from '@/components/claims/review-changes';
import { ReviewPanel } from '@/components/claims/review-panel';
import { SeenBefore } from '@/components/claims/seen-before';
import { SourceForm } from '@/components/claims/source-form';
import { SourceList } from '@/components/claims/source-list';
import { StateBadge } from '@/components/claims/state-badge';
import { StatementForm } from '@/components/claims/statement-form';
import { VerdictForm } from '@/components/claims/verdict-form';
import { WithdrawForm } from '@/components/claims/withdraw-form';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getClaimPage } from '@/lib/data/claim-page';
import { formatDate } from '@/lib/format';
import { orNotFound } from '@/lib/or-not-found';
import { SafeMarkdown } from '@/components/markdown/safe-markdown';

export const metadata: Metadata = { title: 'Claim' };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser('claims.view', `/newsroom/claims/${id}`);
  const {
    claim,
    quote,
    changesRequested,
    liveVerdict,
    moveOptions,
    review,
    verdict,
    sources,
    assignment,
    changes,
    timeline,
    colleagues,
    currentUserId,
    seenBefore,
    ratingScale,
  } = await orNotFound(getClaimPage(user, id));

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
            <h1 className="font-serif text-xl">{claim.statement}</h1>
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
                <span>Dismissed: {claim.dismissReason.toLowerCase()}</span>
              ) : null}
              <span className="text-slate-600">Version {claim.version}</span>
            </p>
            {quote ? (
              <blockquote
                aria-label="Where the article says it"
                className="border-l-4 border-slate-300 pl-3 font-serif text-slate-800"
              >
                {quote.before}
                <mark className="bg-amber-100">{quote.text}</mark>
                {quote.after}
              </blockquote>
            ) : (
              <p className="font-serif text-slate-800">In the article: “{claim.text}”</p>
            )}
            {claim.statementEditable ? (
              <StatementForm claimId={claim.id} statement={claim.statement} />
            ) : null}
          </header>

          {changesRequested ? (
            <section
              aria-label="Changes requested"
              className="rounded border border-amber-400 bg-amber-50 p-3 text-sm"
            >
              <p className="font-medium">Changes requested by {changesRequested.reviewer}</p>
              <p className="whitespace-pre-wrap">{changesRequested.note}</p>
            </section>
          ) : null}

          {liveVerdict ? (
            <section
              aria-label="Published verdict"
              className="rounded border border-green-700 bg-green-50 p-3 text-sm"
            >
              <p>
                Published verdict <RatingBadge rating={liveVerdict.rating} scale={ratingScale} />{' '}
                since {formatDate(liveVerdict.publishedAt)}: {liveVerdict.summary}
              </p>
              <p className="mt-1">
                <Link href={liveVerdict.publicPath} className="text-blue-800 underline">
                  View on the public site
                </Link>
              </p>
              {liveVerdict.beingRevised ? (
                <p className="mt-1 text-slate-700">
                  It stays public until the revised verdict is published.
                </p>
              ) : null}
              {liveVerdict.canWithdraw ? <WithdrawForm claimId={claim.id} /> : null}
            </section>
          ) : null}

          {moveOptions.length ? (
            <section
              aria-labelledby="next-steps"
              className="flex flex-col gap-3 rounded border border-slate-300 p-3"
            >
              <h2 id="next-steps" className="font-semibold">
                Next step
              </h2>
              <div className="flex flex-wrap gap-6">
                {moveOptions.map((option) => (
                  <MoveForm key={option.to} claimId={claim.id} option={option} />
                ))}
              </div>
            </section>
          ) : null}

          {review ? (
            <section
              aria-labelledby="review-heading"
              className="rounded border border-slate-300 p-3"
            >
              <h2 id="review-heading" className="mb-2 font-semibold">
                Review
              </h2>
              <p className="mb-2 text-sm text-slate-700">
                You review the statement (the heading above, readers’ headline) with the rating,
                summary, explanation and sources.
              </p>
              <ReviewPanel
                claimId={claim.id}
                approvals={review.approvals}
                quorum={review.quorum}
                ownVerdict={review.ownVerdict}
              />
            </section>
          ) : null}

          <ReviewChanges
            sinceLastRound={changes.sinceLastRound}
            sincePublished={changes.sincePublished}
          />
          <SeenBefore claimId={claim.id} {...seenBefore} ratingScale={ratingScale} />

          <section aria-labelledby="verdict-heading" className="flex flex-col gap-2">
            <h2 id="verdict-heading" className="font-semibold">
              Verdict
            </h2>
            {verdict.editable ? (
              <VerdictForm
                claimId={claim.id}
                ratingScale={ratingScale}
                current={{
                  rating: verdict.rating,
                  summary: verdict.summary,
                  explanation: verdict.explanation,
                }}
              />
            ) : verdict.rating ? (
              <div className="text-sm">
                <p>
                  <RatingBadge rating={verdict.rating} scale={ratingScale} /> {verdict.summary}
                </p>
                {verdict.explanation ? (
                  <SafeMarkdown text={verdict.explanation} className="mt-1 text-slate-800" />
                ) : null}
                {verdict.author ? (
                  <p className="mt-1 text-slate-600">Proposed by {verdict.author}</p>
                ) : null}
              </div>
            ) : (
              <p className="text-sm text-slate-700">No verdict proposed yet.</p>
            )}
          </section>

          <section aria-labelledby="sources-heading" className="flex flex-col gap-2">
            <h2 id="sources-heading" className="font-semibold">
              Sources ({sources.items.length})
            </h2>
            <SourceList
              sources={sources.items}
              editableFor={sources.editable ? claim.id : undefined}
            />
            {sources.editable ? <SourceForm claimId={claim.id} /> : null}
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
              assigneeId={assignment.assigneeId}
              dueAt={assignment.dueDate}
              priority={assignment.priority}
              colleagues={colleagues}
              canAssignOthers={assignment.canAssignOthers}
              currentUserId={currentUserId}
            />
          </section>
          <section aria-labelledby="timeline-heading" className="flex flex-col gap-3">
            <h2 id="timeline-heading" className="font-semibold">
              Timeline
            </h2>
            <NoteForm claimId={claim.id} />
            <ClaimTimeline items={timeline} ratingScale={ratingScale} />
          </section>
        </aside>
      </main>
    </ClaimVersionProvider>
  );
}
