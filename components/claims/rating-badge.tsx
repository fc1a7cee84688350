import { Badge } from '@/components/ui/badge';
import { ratingColour, ratingName, ratingTextColour, type RatingScale } from '@/lib/ratings';

/**
 * A rating in its scale colour, with black or white text (whichever passes WCAG AA). `name`
 * overrides the scale's current name: a publication shows the name it froze.
 */
export function RatingBadge({
  rating,
  scale,
  name,
}: {
  rating: string;
  scale: RatingScale;
  name?: string;
}) {
  const background = ratingColour(scale, rating);
  return (
    <Badge
      className="rating-badge"
      style={{ backgroundColor: background, color: ratingTextColour(background) }}
    >
      {name ?? ratingName(scale, rating)}
    </Badge>
  );
}
