import { describe, expect, it } from 'vitest';
import { countLabel } from '@/components/newsroom/pagination';

describe('list count label', () => {
  it('prints an exact count, a capped one with a plus, an estimate rounded to two figures', () => {
    expect(countLabel(1, false)).toBe('1');
    expect(countLabel(9_999, false)).toBe('9,999');
    expect(countLabel(10_000, true)).toBe('10,000+');
    expect(countLabel(41_234, false, true)).toBe('about 41,000');
    expect(countLabel(1_049, false, true)).toBe('about 1,000');
    expect(countLabel(88_618, false, true)).toBe('about 89,000');
  });
});
