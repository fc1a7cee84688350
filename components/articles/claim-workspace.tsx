'use client';

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface TextSpan {
  start: number;
  end: number;
}

interface Workspace {
  articleId: string;
  body: string;
  /** The last non-empty text selection made in the article body. */
  selection: TextSpan | null;
  setSelection: (span: TextSpan | null) => void;
  mergeIds: string[];
  toggleMerge: (claimId: string) => void;
  clearMerge: () => void;
}

const WorkspaceContext = createContext<Workspace | null>(null);

/**
 * Shares the article body, the current text selection and the claims picked for merging between the
 * text and the list.
 */
export function ClaimWorkspace({
  articleId,
  body,
  children,
}: {
  articleId: string;
  body: string;
  children: ReactNode;
}) {
  const [selection, setSelection] = useState<TextSpan | null>(null);
  const [mergeIds, setMergeIds] = useState<string[]>([]);
  const toggleMerge = useCallback(
    (id: string) =>
      setMergeIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id])),
    [],
  );
  const clearMerge = useCallback(() => setMergeIds([]), []);
  const value = useMemo(
    () => ({ articleId, body, selection, setSelection, mergeIds, toggleMerge, clearMerge }),
    [articleId, body, selection, mergeIds, toggleMerge, clearMerge],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useClaimWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useClaimWorkspace needs a <ClaimWorkspace> around it.');
  return workspace;
}
