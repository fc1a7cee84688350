import Link from 'next/link';
import type { PublicArticleClaim } from '@/lib/data/public/articles';
import { segmentText } from '@/lib/text-segments';

/**
 * A passage of the article as text, each published claim in it marked in place and linked to its
 * verdict. `offset` is where the passage starts in the article (claims count from there).
 */
export function ArticleText({
  body,
  claims,
  offset = 0,
}: {
  body: string;
  claims: PublicArticleClaim[];
  offset?: number;
}) {
  const spans = claims.map((claim) => ({
    ...claim,
    start: claim.start - offset,
    end: claim.end - offset,
  }));
  return (
    <div className="font-serif text-[1.05rem] leading-relaxed whitespace-pre-wrap">
      {segmentText(body, spans).map((segment, index) =>
        segment.span ? (
          <Link
            key={index}
            href={`/claims/${segment.span.id}`}
            className="rounded-sm bg-amber-100 text-inherit underline decoration-amber-700 decoration-2 hover:bg-amber-200"
          >
            <mark className="bg-transparent text-inherit">{segment.text}</mark>
            <span className="sr-only"> (fact check: {segment.span.ratingName})</span>
          </Link>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </div>
  );
}
