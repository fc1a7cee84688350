/** A direct quotation: from its opening mark to its closing mark (inclusive), possibly across paragraphs. */
export interface QuoteSpan {
  open: number;
  close: number;
}

const isAlnum = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isBlank = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * Finds direct quotations. Straight quotes are paired by context; an unclosed quote carries
 * over to the next paragraph only when that paragraph opens with a quote mark (wire style).
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let lastContentEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      if (open < 0) continue;
      let k = i + 1;
      while (k < text.length && /\s/.test(text[k])) k++;
      if (text[k] === '"' || text[k] === '“' || text[k] === '«' || text.startsWith("''", k)) {
        if (text.startsWith("''", k)) k++;
        i = k;
        continue;
      }
      spans.push({ open, close: lastContentEnd });
      open = -1;
      continue;
    }
    if (!/\s/.test(c)) lastContentEnd = i;
    // A doubled apostrophe ('') is a straight double quote in typewriter-style copy.
    const doubled = c === "'" && text[i + 1] === "'";
    if (doubled) lastContentEnd = i + 1;
    if (c === '“' || c === '«' || c === '„') {
      if (open < 0) open = i;
    } else if (c === '”' || c === '»') {
      if (open >= 0) {
        spans.push({ open, close: i });
        open = -1;
      }
    } else if (c === '"' || doubled) {
      const after = text[doubled ? i + 2 : i + 1];
      if (open < 0) {
        open = i;
      } else if (!(isBlank(text[i - 1]) && isAlnum(after))) {
        spans.push({ open, close: doubled ? i + 1 : i });
        open = -1;
      }
      if (doubled) i++;
      // A straight quote after a space and before a word while already quoting re-opens the same quote.
    }
  }
  if (open >= 0) spans.push({ open, close: Math.max(open, lastContentEnd) });
  return spans;
}

/** Index of the quote span containing position `pos`, or -1. Spans are sorted and disjoint. */
export function quoteAt(spans: QuoteSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].close < pos) lo = mid + 1;
    else if (spans[mid].open > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Share of [start, end) lying inside quotation marks. */
export function quotedShare(spans: QuoteSpan[], start: number, end: number): number {
  if (end <= start) return 0;
  let inside = 0;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].close < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length; i++) {
    const span = spans[i];
    if (span.close < start) continue;
    if (span.open >= end) break;
    inside += Math.max(0, Math.min(end, span.close + 1) - Math.max(start, span.open));
  }
  return inside / (end - start);
}
