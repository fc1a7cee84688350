import { findQuoteSpans, quoteAt } from './quotes';

/**
 * Quotations in single marks ('We won,' he said. / ‘We won,’ he said.), the house style of many British
 * and Australian outlets, as the double marks the engine reads. Returns text of the same length, so every
 * offset holds: each single mark that opens or closes a quotation outside a double-quoted one becomes “ or
 * ”; apostrophes (don’t, Ukraine’s, voters’, ’90s) and single quotes nested in double ones stay as they are.
 */
export function withSingleQuotationsAsDouble(text: string): string {
  if (!/['‘’]/.test(text)) return text;
  const doubles = findQuoteSpans(text);
  const outside = (i: number) => quoteAt(doubles, i) < 0;
  const marks: { at: number; char: '“' | '”' }[] = [];
  let paragraphStart = 0;
  while (paragraphStart <= text.length) {
    let paragraphEnd = text.indexOf('\n', paragraphStart);
    if (paragraphEnd < 0) paragraphEnd = text.length;
    for (const [open, close] of quotationPairs(text, paragraphStart, paragraphEnd, outside)) {
      marks.push({ at: open, char: '“' });
      if (close >= 0) marks.push({ at: close, char: '”' });
    }
    paragraphStart = paragraphEnd + 1;
  }
  if (!marks.length) return text;
  const chars = text.split('');
  for (const { at, char } of marks) chars[at] = char;
  return chars.join('');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Punctuation a quotation ends on inside its marks ('We won,' he said. 'Why?' she asked.).
const CLOSING_PUNCTUATION = /[,.?!;:…—–-]/;
const OPENING_CONTEXT = /[\s([{“"—–-]/;

function isOpening(text: string, i: number, start: number): boolean {
  const c = text[i];
  if (c !== "'" && c !== '‘') return false;
  const before = i > start ? text[i - 1] : ' ';
  // "the '90s" is an elided century, not a quotation.
  if (/^\d0s\b/.test(text.slice(i + 1, i + 5))) return false;
  return OPENING_CONTEXT.test(before) && LETTER_OR_DIGIT.test(text[i + 1] ?? '');
}

/** A mark that can close: after the quotation's last character, before a space, punctuation or the end. */
function closingKind(text: string, i: number, end: number): 'sure' | 'possessive' | null {
  const c = text[i];
  if (c !== "'" && c !== '’') return null;
  const after = i + 1 < end ? text[i + 1] : ' ';
  if (LETTER_OR_DIGIT.test(after)) return null;
  // A stray space before the mark ("…at this point, ' Haq said") still closes after punctuation.
  const before =
    text[i - 1] === ' ' && CLOSING_PUNCTUATION.test(text[i - 2] ?? '')
      ? text[i - 2]
      : (text[i - 1] ?? ' ');
  if (/\s/.test(before)) return null;
  if (CLOSING_PUNCTUATION.test(before) || /[?!)]/.test(before)) return 'sure';
  if (!LETTER_OR_DIGIT.test(before)) return null;
  // "the voters’ anger": a plural possessive reads like a closing mark; used only when nothing else closes.
  return before === 's' && /\s/.test(after) ? 'possessive' : 'sure';
}

/**
 * The single-mark quotations of one paragraph as [open, close] offsets (close −1: the quotation runs on
 * into the next paragraph, which opens with a mark again). An opening mark pairs with the first closing mark
 * before the next opening one; a possessive-looking mark closes only when no other does.
 */
function quotationPairs(
  text: string,
  start: number,
  end: number,
  outside: (i: number) => boolean,
): [number, number][] {
  const openings: number[] = [];
  for (let i = start; i < end; i++) if (isOpening(text, i, start) && outside(i)) openings.push(i);
  const pairs: [number, number][] = [];
  openings.forEach((open, k) => {
    const limit = openings[k + 1] ?? end;
    let close = -1;
    let possessive = -1;
    for (let i = open + 2; i < limit && close < 0; i++) {
      const kind = closingKind(text, i, end);
      if (!kind || !outside(i)) continue;
      if (kind === 'sure') close = i;
      else if (possessive < 0) possessive = i;
    }
    if (close < 0) close = possessive;
    if (close >= 0) pairs.push([open, close]);
    else if (k === openings.length - 1 && runsOn(text, open, end)) pairs.push([open, -1]);
  });
  return pairs;
}

const NEXT_PARAGRAPH_MARK = /\s*['‘]/y;

/** An unclosed quotation at a paragraph's start whose next paragraph opens with a single mark again. */
function runsOn(text: string, open: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  if (text.slice(lineStart, open).trim()) return false;
  NEXT_PARAGRAPH_MARK.lastIndex = end + 1;
  const next = NEXT_PARAGRAPH_MARK.exec(text);
  return !!next && LETTER_OR_DIGIT.test(text[NEXT_PARAGRAPH_MARK.lastIndex] ?? '');
}
