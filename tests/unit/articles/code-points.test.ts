import { describe, expect, it } from 'vitest';
import { codePointOffsets } from '@/lib/code-points';

describe('code point offsets', () => {
  it('count a character outside the BMP (an emoji) once, where UTF-16 counts two units', () => {
    const text = 'Fire 🔥 crews said 40 homes burned';
    const at = codePointOffsets(text);
    const start = text.indexOf('crews');
    expect(start).toBe(8);
    expect(at(start)).toBe(7);
    expect([...text].slice(at(start), at(start + 5)).join('')).toBe('crews');
    expect(at(text.length)).toBe([...text].length);
  });

  it('equal UTF-16 offsets in text without surrogate pairs, and clamp out-of-range offsets', () => {
    const at = codePointOffsets('plain text');
    expect([0, 5, 10].map(at)).toEqual([0, 5, 10]);
    expect(at(99)).toBe(10);
  });
});
