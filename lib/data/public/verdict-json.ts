import type { PublicClaim } from './claims';
import type { PublicVerdictSummary } from './verdicts';

/** GET /api/v1/verdicts item: `id` is the claim slug, the same as in /claims/{id}. */
export function verdictSummaryJson(verdict: PublicVerdictSummary, url: string) {
  return {
    id: verdict.slug,
    url,
    statement: verdict.statement,
    claim: verdict.claimText,
    speaker: verdict.speaker,
    speakerRole: verdict.speakerRole,
    rating: verdict.rating,
    ratingLabel: verdict.ratingName,
    summary: verdict.summary,
    publishedAt: verdict.firstPublishedAt.toISOString(),
    updatedAt: verdict.publishedAt.toISOString(),
    article: {
      id: verdict.articleSlug,
      title: verdict.articleTitle,
      outlet: verdict.articleOutlet,
    },
  };
}

export function verdictDetailJson(claim: PublicClaim, url: string) {
  return {
    id: claim.slug,
    url,
    statement: claim.statement,
    claim: claim.claimText,
    sentence: claim.sentence.before + claim.sentence.claim + claim.sentence.after,
    speaker: claim.speaker,
    speakerRole: claim.speakerRole,
    rating: claim.rating,
    ratingLabel: claim.ratingPublished.name,
    summary: claim.summary,
    explanation: claim.explanation,
    sources: claim.sources.map(
      ({ url: sourceUrl, title, kind, stance, note, accessedOn, archiveHref }) => ({
        url: sourceUrl,
        title,
        kind,
        stance,
        note,
        accessedOn,
        archiveUrl: archiveHref,
      }),
    ),
    checkedBy: claim.checkedBy,
    approvedBy: claim.approvedBy,
    correctedBy: claim.correctedBy,
    publishedAt: claim.firstPublishedAt.toISOString(),
    updatedAt: claim.publishedAt.toISOString(),
    article: {
      id: claim.article.slug,
      title: claim.article.title,
      outlet: claim.article.outlet,
      url: claim.article.url,
      publishedAt: claim.article.publishedAt?.toISOString() ?? null,
    },
    corrections: claim.corrections.map((c) => ({
      date: c.date.toISOString(),
      changes: c.changes,
      note: c.note,
    })),
  };
}
