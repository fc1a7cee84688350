'use client';

import { useEffect, useMemo, useRef } from 'react';
import type { ClaimState } from '@/lib/generated/prisma/enums';
import { segmentText } from '@/lib/text-segments';
import { useClaimWorkspace } from './claim-workspace';
import { selectedSpan } from './selection-offsets';

export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
  state: ClaimState;
  speaker: string | null;
}

/**
 * The article body as text with every claim marked in place; a text selection in it becomes the
 * workspace selection.
 */
export function SelectableArticleBody({ claims }: { claims: HighlightSpan[] }) {
  const { body, setSelection } = useClaimWorkspace();
  const containerRef = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => {
    const positioned = [];
    let offset = 0;
    for (const segment of segmentText(body, claims)) {
      positioned.push({ ...segment, start: offset });
      offset += segment.text.length;
    }
    return positioned;
  }, [body, claims]);

  useEffect(() => {
    const onSelectionChange = () => {
      const span = containerRef.current ? selectedSpan(containerRef.current, body) : null;
      if (span) setSelection(span);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [body, setSelection]);

  return (
    <div
      ref={containerRef}
      className="font-serif text-[1.05rem] leading-relaxed whitespace-pre-wrap"
    >
      {segments.map((segment) =>
        segment.span ? (
          <mark
            key={segment.start}
            data-start={segment.start}
            data-claim-id={segment.span.id}
            title={`Claim${segment.span.speaker ? ` by ${segment.span.speaker}` : ''} (${segment.span.state.toLowerCase().replace('_', ' ')})`}
            className={
              segment.span.state === 'DISMISSED'
                ? 'rounded-sm bg-slate-200 text-inherit'
                : 'rounded-sm bg-amber-100 text-inherit'
            }
          >
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start} data-start={segment.start}>
            {segment.text}
          </span>
        ),
      )}
    </div>
  );
}
