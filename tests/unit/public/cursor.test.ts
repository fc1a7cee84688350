import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '@/lib/data/public/cursor';
import { verdictQuerySchema } from '@/lib/schemas/verdict-query';

describe('page cursors', () => {
  const row = { publishedAt: new Date('2026-03-04T05:06:07.089Z'), id: 'cmabc123' };

  it('round-trip the boundary row and direction', () => {
    expect(decodeCursor(encodeCursor('older', row))).toEqual({ direction: 'older', ...row });
    expect(decodeCursor(encodeCursor('newer', row))).toEqual({ direction: 'newer', ...row });
  });

  it('are URL-safe', () => {
    expect(encodeCursor('older', { ...row, id: '?&/+=' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuse anything they did not make', () => {
    for (const text of [
      '',
      'nonsense',
      Buffer.from('[]').toString('base64url'),
      Buffer.from('["x",1,"a"]').toString('base64url'),
      Buffer.from('["o","1","a"]').toString('base64url'),
      Buffer.from('["o",1,""]').toString('base64url'),
      Buffer.from(`["o",1,"${'a'.repeat(65)}"]`).toString('base64url'),
      Buffer.from('["o",1e300,"a"]').toString('base64url'),
    ])
      expect(decodeCursor(text), text).toBeNull();
  });

  it('the query schema takes a cursor it made and page numbers up to 10 only', () => {
    const cursor = encodeCursor('older', row);
    expect(verdictQuerySchema.parse({ cursor }).cursor).toBe(cursor);
    expect(verdictQuerySchema.safeParse({ cursor: 'nonsense' }).success).toBe(false);
    expect(verdictQuerySchema.safeParse({ page: '10' }).success).toBe(true);
    expect(verdictQuerySchema.safeParse({ page: '11' }).success).toBe(false);
  });
});
