import { describe, expect, it } from 'vitest';
import { claimListCommand, moveIndex } from '@/components/articles/claim-list-keys';

const onRow = { onRow: true, modified: false };

describe('claim list keys', () => {
  it('moves with arrows and j/k, opens edit with Enter or e, dismiss with d, the page with o', () => {
    expect(claimListCommand('ArrowDown', onRow)).toEqual({ kind: 'move', to: 'next' });
    expect(claimListCommand('j', onRow)).toEqual({ kind: 'move', to: 'next' });
    expect(claimListCommand('ArrowUp', onRow)).toEqual({ kind: 'move', to: 'previous' });
    expect(claimListCommand('k', onRow)).toEqual({ kind: 'move', to: 'previous' });
    expect(claimListCommand('Home', onRow)).toEqual({ kind: 'move', to: 'first' });
    expect(claimListCommand('End', onRow)).toEqual({ kind: 'move', to: 'last' });
    expect(claimListCommand('Enter', onRow)).toEqual({ kind: 'panel', panel: 'edit' });
    expect(claimListCommand('e', onRow)).toEqual({ kind: 'panel', panel: 'edit' });
    expect(claimListCommand('d', onRow)).toEqual({ kind: 'panel', panel: 'dismiss' });
    expect(claimListCommand('o', onRow)).toEqual({ kind: 'open-page' });
    expect(claimListCommand('x', onRow)).toBeNull();
  });

  it('leaves keys typed into a panel’s fields, and shortcuts with modifiers, alone; Escape always closes', () => {
    expect(claimListCommand('j', { onRow: false, modified: false })).toBeNull();
    expect(claimListCommand('Enter', { onRow: false, modified: false })).toBeNull();
    expect(claimListCommand('d', { onRow: true, modified: true })).toBeNull();
    expect(claimListCommand('Escape', { onRow: false, modified: false })).toEqual({
      kind: 'close',
    });
  });

  it('keeps moves inside the list', () => {
    expect(moveIndex(0, 'previous', 5)).toBe(0);
    expect(moveIndex(4, 'next', 5)).toBe(4);
    expect(moveIndex(2, 'next', 5)).toBe(3);
    expect(moveIndex(-1, 'next', 5)).toBe(0);
    expect(moveIndex(3, 'first', 5)).toBe(0);
    expect(moveIndex(0, 'last', 5)).toBe(4);
    expect(moveIndex(0, 'next', 0)).toBe(-1);
  });
});
