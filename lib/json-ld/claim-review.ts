import { claimReviewRating, type RatingAsPublished } from '@/lib/ratings';

export interface ClaimReviewInput {
  pageUrl: string;
  /** The claim as checked, in one sentence. */
  statement: string;
  speaker: string | null;
  speakerRole: string | null;
  /** The rating as published: its name and value on the scale's best/worst then. */
  rating: RatingAsPublished;
  summary: string;
  /** When the claim was made: the article's date, if known. */
  claimDate: Date | null;
  /** Every place the claim was made (its claim family's published appearances), first one first. */
  appearances: { url: string; headline: string; datePublished: Date | null }[];
  firstPublishedAt: Date;
  modifiedAt: Date;
  newsroom: { name: string; url: string };
}

const ORGANIZATION_WORDS =
  /\b(ministry|ministries|department|government|officials?|office|agency|council|committee|commission|police|army|military|u\.?n\.?|united nations|nato|eu|european union|world health organization|imf|world bank|party|parliament|congress|senate|bank|company|corporation|inc|ltd|institute|university|spokes(?:man|woman|person)s? for)\b/i;

/** A guess at the speaker's schema.org type: organisations by their wording, people otherwise. */
export function speakerType(name: string): 'Organization' | 'Person' {
  return ORGANIZATION_WORDS.test(name) ? 'Organization' : 'Person';
}

/** The page's one schema.org ClaimReview. */
export function buildClaimReview(input: ClaimReviewInput) {
  const organization = {
    '@type': 'Organization',
    name: input.newsroom.name,
    url: input.newsroom.url,
  };
  const author = input.speaker
    ? {
        '@type': speakerType(input.speaker),
        name: input.speaker,
        ...(input.speakerRole ? { description: input.speakerRole } : {}),
      }
    : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.pageUrl,
    claimReviewed: input.statement,
    reviewBody: input.summary,
    reviewRating: claimReviewRating(input.rating),
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      ...(input.claimDate ? { datePublished: input.claimDate.toISOString().slice(0, 10) } : {}),
      appearance: input.appearances.map((appearance) => ({
        '@type': 'CreativeWork',
        url: appearance.url,
        headline: appearance.headline,
        ...(appearance.datePublished
          ? { datePublished: appearance.datePublished.toISOString().slice(0, 10) }
          : {}),
      })),
    },
    author: organization,
    publisher: organization,
    datePublished: input.firstPublishedAt.toISOString(),
    dateModified: input.modifiedAt.toISOString(),
  };
}

/** JSON for a <script type="application/ld+json">: `<` is escaped so no text can close the script tag. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
