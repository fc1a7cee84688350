// The claim list's keyboard shortcuts, as a pure mapping from a key to a command.
export type ClaimListCommand =
  | { kind: 'move'; to: 'next' | 'previous' | 'first' | 'last' }
  | { kind: 'panel'; panel: 'edit' | 'dismiss' }
  | { kind: 'open-page' }
  | { kind: 'close' };

/** Shown beside the list, so the shortcuts can be found. */
export const SHORTCUT_HINT =
  '↑/↓ or k/j move between claims · Enter or e edits · d dismisses with a reason · o opens the claim page · Esc closes';

/**
 * The command for a key pressed with focus on a claim (`onRow`) or inside its panel; keys typed into
 * a panel's fields are the fields' own, except Escape.
 */
export function claimListCommand(
  key: string,
  { onRow, modified }: { onRow: boolean; modified: boolean },
): ClaimListCommand | null {
  if (key === 'Escape') return { kind: 'close' };
  if (!onRow || modified) return null;
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return { kind: 'move', to: 'next' };
    case 'ArrowUp':
    case 'k':
      return { kind: 'move', to: 'previous' };
    case 'Home':
      return { kind: 'move', to: 'first' };
    case 'End':
      return { kind: 'move', to: 'last' };
    case 'Enter':
    case 'e':
      return { kind: 'panel', panel: 'edit' };
    case 'd':
      return { kind: 'panel', panel: 'dismiss' };
    case 'o':
      return { kind: 'open-page' };
    default:
      return null;
  }
}

/** The index a move lands on, staying inside the list. */
export function moveIndex(from: number, to: 'next' | 'previous' | 'first' | 'last', count: number) {
  if (count === 0) return -1;
  if (to === 'first') return 0;
  if (to === 'last') return count - 1;
  if (from < 0) return 0;
  return Math.min(count - 1, Math.max(0, from + (to === 'next' ? 1 : -1)));
}
