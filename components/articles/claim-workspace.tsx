'use client';

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { WorkspaceClaim } from '@/lib/data/article-workspace';

export interface TextSpan {
  start: number;
  end: number;
}

/** The claim picked in the text or the list; `from` tells the other side to scroll to it. */
export interface PickedClaim {
  id: string;
  from: 'text' | 'list';
}

interface Workspace {
  articleId: string;
  body: string;
  /** All the article's claims in text order: the one list the text, the list and the merge bar share. */
  claims: WorkspaceClaim[];
  /** The last non-empty text selection made in the article body. */
  selection: TextSpan | null;
  setSelection: (span: TextSpan | null) => void;
  picked: PickedClaim | null;
  pick: (id: string, from: PickedClaim['from']) => void;
  mergeIds: string[];
  toggleMerge: (claimId: string) => void;
  clearMerge: () => void;
}

const WorkspaceContext = createContext<Workspace | null>(null);

/**
 * Shares the article body and its claims (sent to the client once), the current text selection,
 * the picked claim and the claims picked for merging between the text and the list.
 */
export function ClaimWorkspace({
  articleId,
  body,
  claims,
  children,
}: {
  articleId: string;
  body: string;
  claims: WorkspaceClaim[];
  children: ReactNode;
}) {
  const [selection, setSelection] = useState<TextSpan | null>(null);
  const [picked, setPicked] = useState<PickedClaim | null>(null);
  const [mergeIds, setMergeIds] = useState<string[]>([]);
  const pick = useCallback((id: string, from: PickedClaim['from']) => setPicked({ id, from }), []);
  const toggleMerge = useCallback(
    (id: string) =>
      setMergeIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id])),
    [],
  );
  const clearMerge = useCallback(() => setMergeIds([]), []);
  const value = useMemo(
    () => ({
      articleId,
      body,
      claims,
      selection,
      setSelection,
      picked,
      pick,
      mergeIds,
      toggleMerge,
      clearMerge,
    }),
    [articleId, body, claims, selection, picked, pick, mergeIds, toggleMerge, clearMerge],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useClaimWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useClaimWorkspace needs a <ClaimWorkspace> around it.');
  return workspace;
}
