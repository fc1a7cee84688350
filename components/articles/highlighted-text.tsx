import { segmentText, type Span } from '@/lib/text-segments';

/** Article text rendered as text (never HTML), with each span marked and linked to its anchor. */
export function HighlightedText<T extends Span>({
  text,
  spans,
  hrefFor,
  labelFor,
}: {
  text: string;
  spans: T[];
  hrefFor: (span: T) => string;
  labelFor: (span: T) => string;
}) {
  return (
    <div className="font-serif text-[1.05rem] leading-relaxed whitespace-pre-wrap">
      {segmentText(text, spans).map((segment, index) =>
        segment.span ? (
          <a
            key={index}
            href={hrefFor(segment.span)}
            aria-label={labelFor(segment.span)}
            className="rounded-sm bg-amber-100 text-inherit no-underline decoration-amber-600 hover:underline"
          >
            <mark className="bg-transparent text-inherit">{segment.text}</mark>
          </a>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </div>
  );
}
