// The newsroom's rating scale as screens, badges and JSON-LD use it. The scale itself lives in the
// RatingScaleEntry table (admins edit it; lib/data/rating-scale.ts reads it); this module is pure
// and safe in client components.
import { invalid } from '@/lib/errors';

export interface RatingEntry {
  /** Stable id used by verdicts, filters, the API and exports (e.g. `MOSTLY_TRUE`). */
  key: string;
  name: string;
  description: string;
  /** `#rrggbb`: the badge's background and the chart colour. */
  colour: string;
  /** schema.org ClaimReview ratingValue on the scale's worst..best; null for ratings off the scale. */
  ratingValue: number | null;
  /** Archived entries stay on the verdicts that use them but are no longer offered. */
  archived: boolean;
}

export interface RatingScale {
  /** Every entry, archived ones too, in the scale's order. */
  entries: RatingEntry[];
  /** The declared ClaimReview scale: bestRating and worstRating. */
  best: number;
  worst: number;
}

/** The entries a journalist may choose (plus `current`, kept when it has been archived since). */
export function activeRatings(scale: RatingScale, current?: string | null): RatingEntry[] {
  return scale.entries.filter((entry) => !entry.archived || entry.key === current);
}

export function findRating(scale: RatingScale, key: string): RatingEntry | undefined {
  return scale.entries.find((entry) => entry.key === key);
}

/** The rating's current name; the key itself if the scale does not know it. */
export function ratingName(scale: RatingScale, key: string): string {
  return findRating(scale, key)?.name ?? key;
}

const UNKNOWN_RATING = 'Not a rating of the scale.';

/** A filter on a rating the scale does not have is a mistake (422), not an empty list. */
export function checkRatingFilter(scale: RatingScale, rating: string | undefined): void {
  if (rating && !findRating(scale, rating))
    throw invalid(`The query is not valid: rating: ${UNKNOWN_RATING}`, { rating: UNKNOWN_RATING });
}

const GREY = '#64748b';

export function ratingColour(scale: RatingScale, key: string): string {
  return findRating(scale, key)?.colour ?? GREY;
}

/** A rating's ClaimReview value as frozen in a publication. */
export interface RatingAsPublished {
  name: string;
  value: number | null;
  best: number | null;
  worst: number | null;
}

/** What a publication freezes of its rating: its name, and its value on the scale as it is now. */
export function ratingAsPublished(scale: RatingScale, key: string): RatingAsPublished {
  const entry = findRating(scale, key);
  const value = entry?.ratingValue ?? null;
  return {
    name: entry?.name ?? key,
    value,
    best: value === null ? null : scale.best,
    worst: value === null ? null : scale.worst,
  };
}

/** The schema.org reviewRating of a published rating. */
export function claimReviewRating(rating: RatingAsPublished) {
  return rating.value === null || rating.best === null || rating.worst === null
    ? { '@type': 'Rating', alternateName: rating.name }
    : {
        '@type': 'Rating',
        ratingValue: rating.value,
        bestRating: rating.best,
        worstRating: rating.worst,
        alternateName: rating.name,
      };
}

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The badge text colour for a background: black or white, whichever contrasts more. Every
 * background reaches WCAG AA (4.5:1) with one of the two.
 */
export function ratingTextColour(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff')
    ? '#000000'
    : '#ffffff';
}
