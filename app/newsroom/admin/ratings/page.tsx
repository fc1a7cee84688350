import type { Metadata } from 'next';
import { RatingBoundsForm, RatingEntryForm } from '@/components/admin/rating-entry-form';
import { RatingRow } from '@/components/admin/rating-row';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getRatingScaleForAdmin } from '@/lib/data/rating-scale';

export const metadata: Metadata = { title: 'Rating scale' };

export default async function RatingScalePage() {
  const admin = await requirePageUser('ratings.manage', '/newsroom/admin/ratings');
  const scale = await getRatingScaleForAdmin(admin);
  const active = scale.entries.filter((entry) => !entry.archived);
  return (
    <main className="flex max-w-4xl flex-col gap-4">
      <h1 className="text-xl font-semibold">Rating scale</h1>
      <p className="text-sm text-slate-700">
        The ratings journalists choose from, in the order every list and chart shows them. Each maps
        to a ClaimReview <code>ratingValue</code> from {scale.worst} (worst) to {scale.best} (best),
        or to none for a rating off that scale. A published verdict keeps the name and value it was
        published with; archiving a rating stops offering it, and the verdicts that have it keep it.
      </p>
      <ol aria-label="Ratings" className="flex flex-col gap-3">
        {scale.entries.map((entry, index) => (
          <RatingRow
            key={entry.key}
            entry={entry}
            bounds={{ best: scale.best, worst: scale.worst }}
            first={index === 0}
            last={index === scale.entries.length - 1}
            onlyActive={active.length === 1 && !entry.archived}
          />
        ))}
      </ol>
      <section aria-labelledby="add-rating-heading" className="flex flex-col gap-2">
        <h2 id="add-rating-heading" className="text-lg font-semibold">
          Add a rating
        </h2>
        <RatingEntryForm bounds={{ best: scale.best, worst: scale.worst }} />
      </section>
      <section aria-labelledby="bounds-heading" className="flex flex-col gap-2">
        <h2 id="bounds-heading" className="text-lg font-semibold">
          ClaimReview scale
        </h2>
        <RatingBoundsForm initial={{ best: scale.best, worst: scale.worst }} />
      </section>
    </main>
  );
}
