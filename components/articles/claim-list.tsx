'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { useRouter } from 'next/navigation';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { ClaimViewFilters } from '@/lib/schemas/claim-view-filters';
import { canDismiss, type ClaimPanel } from './claim-controls';
import { claimListCommand, moveIndex, SHORTCUT_HINT } from './claim-list-keys';
import { ClaimRow } from './claim-row';
import { filterClaims } from './claim-view-filters';
import { useClaimWorkspace } from './claim-workspace';
import { canEditAttribution } from './editable-claim';

// Rows are measured once rendered; the estimate only sizes the scrollbar before that.
const ROW_ESTIMATE = 120;

/**
 * The article's claims in text order, those the URL's filters keep, virtualised (only the rows in
 * view are in the page, so a thousand claims stay responsive), with the picked claim shared with
 * the text and keyboard moves.
 */
export function ClaimList({
  filters,
  canEdit,
  extracting = false,
}: {
  filters: ClaimViewFilters;
  canEdit: boolean;
  /** Extraction runs in the background: no claims yet is not "none found". */
  extracting?: boolean;
}) {
  const router = useRouter();
  const { body, claims: all, picked, pick } = useClaimWorkspace();
  const claims = useMemo(() => filterClaims(all, filters), [all, filters]);
  const total = all.length;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<{ id: string; panel: ClaimPanel } | null>(null);
  const focusNext = useRef<string | null>(null);
  // The app does not run React Compiler, and the virtualizer goes to no memoised child.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: claims.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => claims[index].id,
    overscan: 6,
    initialRect: { width: 600, height: 900 },
  });
  const pickedIndex = picked ? claims.findIndex((c) => c.id === picked.id) : -1;

  const focusRow = useCallback((element: HTMLElement | null) => {
    if (element && element.dataset.claimId === focusNext.current) {
      focusNext.current = null;
      element.focus({ preventScroll: true });
    }
  }, []);

  // A claim picked in the text is scrolled to and focused here, so the keys work from there on.
  useEffect(() => {
    if (!picked || picked.from !== 'text' || pickedIndex < 0) return;
    focusNext.current = picked.id;
    virtualizer.scrollToIndex(pickedIndex, { align: 'center' });
    // A row already in view renders no more, so it is focused here rather than as it mounts.
    const row = scrollRef.current?.querySelector<HTMLElement>(
      `article[data-claim-id="${CSS.escape(picked.id)}"]`,
    );
    if (row) focusRow(row);
  }, [picked, pickedIndex, virtualizer, focusRow]);

  const setPanel = useCallback(
    (id: string, panel: ClaimPanel | null) => {
      setOpen(panel ? { id, panel } : null);
      if (panel) pick(id, 'list');
    },
    [pick],
  );

  function goTo(index: number) {
    if (index < 0) return;
    const id = claims[index].id;
    focusNext.current = id;
    pick(id, 'list');
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const row = scrollRef.current?.querySelector<HTMLElement>(`article[data-claim-id="${id}"]`);
    if (row) focusRow(row);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('article[data-claim-id]');
    if (!row) return;
    const command = claimListCommand(event.key, {
      onRow: target === row,
      modified: event.altKey || event.ctrlKey || event.metaKey,
    });
    if (!command) return;
    const index = claims.findIndex((c) => c.id === row.dataset.claimId);
    const claim = claims[index];
    if (!claim) return;
    if (command.kind === 'close') {
      if (!open) return;
      setOpen(null);
      focusNext.current = claim.id;
      requestAnimationFrame(() => row.isConnected && focusRow(row));
    } else if (command.kind === 'move') {
      goTo(moveIndex(index, command.to, claims.length));
    } else if (command.kind === 'open-page') {
      router.push(`/newsroom/claims/${claim.id}`);
    } else {
      const allowed =
        canEdit && (command.panel === 'edit' ? canEditAttribution(claim) : canDismiss(claim));
      if (!allowed) return;
      setPanel(claim.id, command.panel);
    }
    event.preventDefault();
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('article[data-claim-id]');
    if (row?.dataset.claimId && row.dataset.claimId !== picked?.id)
      pick(row.dataset.claimId, 'list');
  }

  const focusableIndex = pickedIndex >= 0 ? pickedIndex : 0;
  return (
    <section aria-labelledby="claims-heading" className="flex min-h-0 flex-1 flex-col">
      <h2 id="claims-heading" className="mb-1 text-lg font-semibold">
        Claims{' '}
        <span className="text-sm font-normal text-slate-600">
          ({claims.length === total ? total : `${claims.length} of ${total}`})
        </span>
      </h2>
      <p className="mb-2 text-xs text-slate-600">Keys: {SHORTCUT_HINT}</p>
      {claims.length === 0 ? (
        <p className="text-sm text-slate-700">
          {total > 0
            ? 'No claims match these filters.'
            : extracting
              ? 'Claims appear here when extraction finishes.'
              : 'No claims found in this article.'}
        </p>
      ) : null}
      {picked && pickedIndex < 0 && claims.length < total ? (
        <p className="mb-2 text-xs text-slate-700">
          The claim picked in the text is hidden by the filters.
        </p>
      ) : null}
      {/* Key and click handling for the rows inside; each row is focusable itself. */}
      <div
        ref={scrollRef}
        onKeyDown={onKeyDown}
        onClick={onClick}
        className="h-[70vh] min-h-0 overflow-y-auto pr-1 lg:h-auto lg:flex-1"
      >
        <ol className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const claim = claims[item.index];
            return (
              <li
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-setsize={claims.length}
                aria-posinset={item.index + 1}
                className="absolute inset-x-0 top-0 pb-2"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <div ref={(el) => focusRow(el?.firstElementChild as HTMLElement | null)}>
                  <ClaimRow
                    claim={claim}
                    text={body.slice(claim.start, claim.end)}
                    picked={picked?.id === claim.id}
                    focusable={item.index === focusableIndex}
                    canEdit={canEdit}
                    panel={open?.id === claim.id ? open.panel : null}
                    setPanel={setPanel}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
