import { describe, expect, it } from 'vitest';
import { bodyHash, canonicalUrl } from '@/lib/monitoring/dedup-keys';
import { recency, isWatchedSpeaker } from '@/lib/monitoring/triage-rank';
import { jobIdFor } from '@/lib/monitoring/job-ids';

describe('canonicalUrl', () => {
  it('ignores what does not change the page', () => {
    const a = canonicalUrl('HTTPS://News.Example:443/a/story/?utm_source=rss&b=2&a=1&fbclid=x#top');
    expect(a).toBe('https://news.example/a/story?a=1&b=2');
    expect(canonicalUrl('https://news.example/a/story?b=2&a=1')).toBe(a);
  });
  it('keeps what does, and refuses what is not http(s)', () => {
    expect(canonicalUrl('https://news.example/a?id=1')).not.toBe(
      canonicalUrl('https://news.example/a?id=2'),
    );
    expect(canonicalUrl('http://news.example/a')).not.toBe(canonicalUrl('https://news.example/a'));
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
    expect(canonicalUrl(null)).toBeNull();
  });
});

describe('bodyHash', () => {
  it('is the same across case, spacing, line endings and punctuation, and differs on a word', () => {
    const text = 'Prices rose by 4 percent, the minister said.\n\nShe was wrong.';
    expect(bodyHash('  PRICES rose by 4 percent the minister said!\r\nShe was wrong ')).toBe(
      bodyHash(text),
    );
    expect(bodyHash(text.replace('4', '5'))).not.toBe(bodyHash(text));
  });
});

describe('triage signals', () => {
  it('recency halves every 48 hours', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    expect(recency(now, now)).toBe(1);
    expect(recency(new Date('2026-11-28T12:00:00Z'), now)).toBeCloseTo(0.5);
  });
  it('a watched speaker matches when every word of the name is in the speaker', () => {
    expect(isWatchedSpeaker('Turkish Foreign Minister Hakan Fidan', ['Hakan Fidan'])).toBe(true);
    expect(isWatchedSpeaker('Hakan Yilmaz', ['Hakan Fidan'])).toBe(false);
    expect(isWatchedSpeaker(null, ['Hakan Fidan'])).toBe(false);
  });
});

describe('jobIdFor', () => {
  it('is a stable UUID per piece of work', () => {
    expect(jobIdFor('import', 'x')).toBe(jobIdFor('import', 'x'));
    expect(jobIdFor('import', 'x')).not.toBe(jobIdFor('import', 'y'));
    expect(jobIdFor('import', 'x')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
