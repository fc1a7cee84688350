/**
 * The dev set's matching rule (shared/extraction/README.md): spans match when their overlap covers
 * >= 60% of the gold span and >= 40% of the predicted span; speakers are compared after normalisation.
 */
export interface Span {
  start: number;
  end: number;
}

export const MATCHING_RULE =
  'a prediction matches a gold claim when their spans overlap by >= 60% of the gold span and >= 40% of the predicted span';

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function spansMatch(gold: Span, predicted: Span): boolean {
  const shared = overlap(gold, predicted);
  return (
    shared >= 0.6 * (gold.end - gold.start) && shared >= 0.4 * (predicted.end - predicted.start)
  );
}

const TITLES = new Set([
  'president',
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sir',
  'chancellor',
  'secretary',
  'governor',
  'senator',
  'sen',
  'rep',
  'gen',
  'general',
  'prime',
  'foreign',
  'deputy',
  'chief',
  'executive',
  'head',
  'vice',
  'former',
  'senior',
]);
const ARTICLES = new Set(['the', 'a', 'an']);
const GENERIC_NOUNS = new Set([
  'officials',
  'official',
  'leaders',
  'leader',
  'ministry',
  'government',
  'authorities',
  'spokesman',
  'office',
  'department',
  'sources',
  'source',
  'correspondents',
  'correspondent',
  'ministers',
  'commission',
  'council',
  'agency',
]);

function words(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[().,’']/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w && !ARTICLES.has(w));
}

const withoutTitles = (ws: string[]) => ws.filter((w) => !TITLES.has(w));

function containsInOrder(haystack: string[], needle: string[]): boolean {
  if (!needle.length) return false;
  let i = 0;
  for (const w of haystack) if (w === needle[i] && ++i === needle.length) return true;
  return false;
}

function acronymOf(ws: string[]): string {
  return ws
    .filter((w) => !['of', 'for', 'and'].includes(w))
    .map((w) => w[0])
    .join('');
}

export function speakersMatch(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const g = withoutTitles(words(gold));
  const p = withoutTitles(words(predicted));
  if (!g.length || !p.length) return words(gold).join(' ') === words(predicted).join(' ');
  if (containsInOrder(g, p) || containsInOrder(p, g)) return true;
  const lastG = g[g.length - 1];
  if (lastG === p[p.length - 1] && !GENERIC_NOUNS.has(lastG)) return true;
  const compactG = gold.replace(/[^\p{L}]/gu, '').toLowerCase();
  const compactP = predicted.replace(/[^\p{L}]/gu, '').toLowerCase();
  return (p.length > 1 && acronymOf(p) === compactG) || (g.length > 1 && acronymOf(g) === compactP);
}
