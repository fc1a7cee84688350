import { describe, expect, it } from 'vitest';
import { decodeCached, encodeCached } from '@/lib/data/public/cache-json';
import { publicCacheSettings } from '@/lib/data/public/cache-settings';

describe('cached public reads', () => {
  it('keep Date values, nested and in arrays, through the JSON the data cache stores', () => {
    const value = {
      publishedAt: new Date('2026-11-30T10:00:00.000Z'),
      items: [{ at: new Date('2025-01-02T03:04:05.006Z'), title: 'x' }],
      corrections: [],
      none: null,
    };
    const back = decodeCached<typeof value>(encodeCached(value));
    expect(back).toEqual(value);
    expect(back.publishedAt).toBeInstanceOf(Date);
    expect(back.items[0].at).toBeInstanceOf(Date);
  });

  it('leave text that only looks like a date, or an object with more keys, as it was', () => {
    const value = { a: '2026-11-30T10:00:00.000Z', b: { $date: 'x', other: 1 } };
    expect(decodeCached(encodeCached(value))).toEqual(value);
  });

  it('read FACTDESK_PUBLIC_CACHE and a positive whole number of seconds, else the defaults', () => {
    expect(publicCacheSettings({})).toEqual({ enabled: true, revalidateSeconds: 3600 });
    expect(
      publicCacheSettings({ FACTDESK_PUBLIC_CACHE: 'off', FACTDESK_PUBLIC_CACHE_SECONDS: '60' }),
    ).toEqual({ enabled: false, revalidateSeconds: 60 });
    expect(publicCacheSettings({ FACTDESK_PUBLIC_CACHE_SECONDS: '-5' }).revalidateSeconds).toBe(
      3600,
    );
  });
});
