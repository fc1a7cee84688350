// The rating scale as the rating_scale migration seeds it, for pure (unit) tests; integration and
// end-to-end tests read the real table.
import { ratingName, type RatingScale } from '@/lib/ratings';

export const SEEDED_SCALE: RatingScale = {
  best: 5,
  worst: 1,
  entries: [
    ['TRUE', 'True', '#166534', 5],
    ['MOSTLY_TRUE', 'Mostly true', '#65a30d', 4],
    ['MIXED', 'Mixed', '#d97706', 3],
    ['MOSTLY_FALSE', 'Mostly false', '#ea580c', 2],
    ['FALSE', 'False', '#991b1b', 1],
    ['MISLEADING', 'Misleading', '#7e22ce', null],
    ['UNPROVEN', 'Unproven', '#64748b', null],
  ].map(([key, name, colour, ratingValue]) => ({
    key: key as string,
    name: name as string,
    description: '',
    colour: colour as string,
    ratingValue: ratingValue as number | null,
    archived: false,
  })),
};

export const seededName = (key: string) => ratingName(SEEDED_SCALE, key);
