import { Badge } from '@/components/ui/badge';
import type { Rating } from '@/lib/generated/prisma/enums';
import { RATINGS } from '@/lib/ratings';

export function RatingBadge({ rating }: { rating: Rating }) {
  return (
    <Badge className={`font-semibold ${RATINGS[rating].badgeClass}`}>{RATINGS[rating].label}</Badge>
  );
}
