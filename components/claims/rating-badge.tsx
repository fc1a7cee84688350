import type { Rating } from '@/lib/generated/prisma/enums';
import { RATINGS } from '@/lib/ratings';

export function RatingBadge({ rating }: { rating: Rating }) {
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${RATINGS[rating].badgeClass}`}
    >
      {RATINGS[rating].label}
    </span>
  );
}
