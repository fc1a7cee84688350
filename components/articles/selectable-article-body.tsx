'use client';

import { Fragment, memo, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { WorkspaceClaim } from '@/lib/data/article-workspace';
import { segmentText } from '@/lib/text-segments';
import { CLAIM_STATES, STATE_LABELS } from '@/lib/workflow/states';
import { useClaimWorkspace } from './claim-workspace';
import { selectedSpan } from './selection-offsets';

type HighlightSpan = Pick<WorkspaceClaim, 'id' | 'start' | 'end' | 'state' | 'speaker'>;

const PICKED = 'claim-picked';

/**
 * The article body as text with every claim marked in place and coloured by state: clicking a mark
 * picks its claim in the list, picking a claim in the list scrolls its mark into view, and a text
 * selection becomes the workspace selection.
 */
export function SelectableArticleBody() {
  const { body, claims, setSelection, picked, pick } = useClaimWorkspace();
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onSelectionChange = () => {
      const span = containerRef.current ? selectedSpan(containerRef.current, body) : null;
      if (span) setSelection(span);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [body, setSelection]);

  // The marks are rendered once (a long article has a thousand); picking only moves one class.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    container.querySelectorAll(`.${PICKED}`).forEach((mark) => mark.classList.remove(PICKED));
    if (!picked) return;
    const marks = container.querySelectorAll(`mark[data-claim-id="${CSS.escape(picked.id)}"]`);
    marks.forEach((mark) => mark.classList.add(PICKED));
    if (picked.from === 'list') marks[0]?.scrollIntoView({ block: 'center' });
  }, [picked, claims]);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (!document.getSelection()?.isCollapsed) return;
    const mark = (event.target as HTMLElement).closest('mark[data-claim-id]');
    if (mark instanceof HTMLElement && mark.dataset.claimId) pick(mark.dataset.claimId, 'text');
  }

  return (
    <>
      {/* The colours come from data-state in app/globals.css, not from classes on every mark. */}
      <ul
        aria-label="Highlight colours"
        className="claim-highlights mb-2 flex flex-wrap gap-x-3 gap-y-1 text-xs"
      >
        {CLAIM_STATES.map((state) => (
          <li key={state} className="flex items-center gap-1">
            <span aria-hidden="true" data-state={state} className="inline-block h-3 w-3" />
            {STATE_LABELS[state]}
          </li>
        ))}
      </ul>
      {/* Clicking a mark is a pointer shortcut; the claim list offers the same by keyboard. */}
      <div
        ref={containerRef}
        onClick={onClick}
        className="claim-highlights font-serif text-[1.05rem] leading-relaxed whitespace-pre-wrap"
      >
        <Marks body={body} claims={claims} />
      </div>
    </>
  );
}

const Marks = memo(function Marks({ body, claims }: { body: string; claims: HighlightSpan[] }) {
  const segments = useMemo(() => {
    const positioned = [];
    let offset = 0;
    for (const segment of segmentText(body, claims)) {
      positioned.push({ ...segment, start: offset });
      offset += segment.text.length;
    }
    return positioned;
  }, [body, claims]);
  return segments.map((segment) =>
    segment.span ? (
      <mark
        key={segment.start}
        data-claim-id={segment.span.id}
        data-state={segment.span.state}
        title={`Claim${segment.span.speaker ? ` by ${segment.span.speaker}` : ''} (${STATE_LABELS[segment.span.state].toLowerCase()})`}
      >
        {segment.text}
      </mark>
    ) : (
      <Fragment key={segment.start}>{segment.text}</Fragment>
    ),
  );
});
