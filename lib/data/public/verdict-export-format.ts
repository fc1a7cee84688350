import type { ClaimReviewInput } from '@/lib/json-ld/claim-review';
import { VERDICT_CSV_COLUMNS } from '@/lib/schemas/api/exports';
import { safeHttpUrl } from './safe-url';
import { siteUrl, type PublicSettings } from './settings';
import type { ExportedVerdict } from './verdict-export';
import { verdictSummaryJson } from './verdict-json';

type Settings = Pick<PublicSettings, 'url' | 'dataLicence' | 'name'>;

/** A JSON Lines record: the same fields as GET /api/v1/verdicts items, plus the data's licence. */
export function verdictJsonLine(verdict: ExportedVerdict, settings: Settings) {
  return {
    ...verdictSummaryJson(verdict, siteUrl(settings, `/claims/${verdict.slug}`)),
    license: settings.dataLicence,
  };
}

export function verdictCsvRecord(
  verdict: ExportedVerdict,
  settings: Settings,
): Record<(typeof VERDICT_CSV_COLUMNS)[number], string> {
  const json = verdictJsonLine(verdict, settings);
  return {
    id: json.id,
    url: json.url,
    statement: json.statement,
    claim: json.claim,
    speaker: json.speaker ?? '',
    speakerRole: json.speakerRole ?? '',
    rating: json.rating,
    ratingLabel: verdict.ratingName,
    summary: json.summary,
    publishedAt: json.publishedAt,
    updatedAt: json.updatedAt,
    articleId: json.article.id,
    articleTitle: json.article.title,
    articleOutlet: json.article.outlet ?? '',
    license: json.license,
  };
}

/** The ClaimReview of a verdict, as its public page describes it. */
export function claimReviewInput(verdict: ExportedVerdict, settings: Settings): ClaimReviewInput {
  return {
    pageUrl: siteUrl(settings, `/claims/${verdict.slug}`),
    statement: verdict.statement,
    speaker: verdict.speaker,
    speakerRole: verdict.speakerRole,
    rating: {
      name: verdict.ratingName,
      value: verdict.ratingValue,
      best: verdict.ratingBest,
      worst: verdict.ratingWorst,
    },
    summary: verdict.summary,
    claimDate: verdict.articlePublishedAt,
    appearances: [
      {
        url:
          safeHttpUrl(verdict.articleUrl) ?? siteUrl(settings, `/articles/${verdict.articleSlug}`),
        headline: verdict.articleTitle,
        datePublished: verdict.articlePublishedAt,
      },
    ],
    firstPublishedAt: verdict.firstPublishedAt,
    modifiedAt: verdict.publishedAt,
    newsroom: { name: settings.name, url: settings.url },
  };
}
