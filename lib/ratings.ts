// One label, colour and ClaimReview mapping per rating, used by badges, public pages and JSON-LD alike.
import { Rating } from '@/lib/generated/prisma/enums';

export interface RatingInfo {
  label: string;
  description: string;
  /** schema.org ClaimReview ratingValue on a 1 (worst) to 5 (best) scale; null for ratings outside the scale. */
  ratingValue: number | null;
  /** Tailwind classes for the badge; contrast checked against WCAG AA. */
  badgeClass: string;
  /** The rating's colour in charts (the badge's hue). */
  chartColor: string;
}

export const RATINGS: Record<Rating, RatingInfo> = {
  TRUE: {
    label: 'True',
    description: 'The claim is accurate.',
    ratingValue: 5,
    badgeClass: 'bg-green-800 text-white',
    chartColor: '#166534',
  },
  MOSTLY_TRUE: {
    label: 'Mostly true',
    description: 'Accurate but needs clarification or context.',
    ratingValue: 4,
    badgeClass: 'bg-green-100 text-green-900 ring-1 ring-green-800',
    chartColor: '#65a30d',
  },
  MIXED: {
    label: 'Mixed',
    description: 'Partly accurate, partly not.',
    ratingValue: 3,
    badgeClass: 'bg-amber-100 text-amber-950 ring-1 ring-amber-800',
    chartColor: '#d97706',
  },
  MOSTLY_FALSE: {
    label: 'Mostly false',
    description: 'Contains an element of truth but ignores facts that would change the impression.',
    ratingValue: 2,
    badgeClass: 'bg-orange-100 text-orange-950 ring-1 ring-orange-800',
    chartColor: '#ea580c',
  },
  FALSE: {
    label: 'False',
    description: 'The claim is not accurate.',
    ratingValue: 1,
    badgeClass: 'bg-red-800 text-white',
    chartColor: '#991b1b',
  },
  MISLEADING: {
    label: 'Misleading',
    description: 'Literally accurate, but framed to give a false impression.',
    ratingValue: null,
    badgeClass: 'bg-purple-100 text-purple-950 ring-1 ring-purple-800',
    chartColor: '#7e22ce',
  },
  UNPROVEN: {
    label: 'Unproven',
    description: 'There is not enough evidence to rate the claim.',
    ratingValue: null,
    badgeClass: 'bg-slate-200 text-slate-900 ring-1 ring-slate-700',
    chartColor: '#64748b',
  },
};

/** Every rating, in the order prisma/schema.prisma declares them (best to worst, then off the scale). */
export const RATING_ORDER = Object.values(Rating);

/** The schema.org reviewRating for a rating. */
export function claimReviewRating(rating: Rating) {
  const info = RATINGS[rating];
  return info.ratingValue === null
    ? { '@type': 'Rating', alternateName: info.label }
    : {
        '@type': 'Rating',
        ratingValue: info.ratingValue,
        bestRating: 5,
        worstRating: 1,
        alternateName: info.label,
      };
}
