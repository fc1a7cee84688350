/** Token-span helpers for the clause parser: trimming a clause, counting words, datelines, links, hearsay. */
import { isHearsayAdverb } from './cue-lexicon';
import { isCloseQuote, isDash, isOpenQuote } from './tokens';
import type { Token } from './types';
import { DISCOURSE_MARKERS } from './word-lists';

/** Skips a wire dateline ("KYIV –", "OSAKA, Japan, April 29 -", "Washington (AFP) –"). */
export function afterDateline(t: Token[]): number {
  if (!t[0]?.isCapitalized) return 0;
  const allCaps = /^\p{Lu}{3,}$/u.test(t[0].text);
  for (let k = 1; k < t.length && k < 12; k++) {
    if (isDash(t[k])) return allCaps || (k <= 7 && t[k + 1]?.isCapitalized) ? k + 1 : 0;
    const tok = t[k];
    if (!allCaps && tok.isWord && !tok.isCapitalized && !/^\d/.test(tok.text)) return 0;
  }
  return 0;
}

/** Drops leading/trailing punctuation, "that", discourse markers and unbalanced quote marks. */
export function trimClause(t: Token[], start: number, end: number): [number, number] {
  for (;;) {
    if (start >= end) return [start, end];
    const tok = t[start];
    const keepsQuote = isOpenQuote(tok) && hasClosingQuoteBefore(t, start + 1, end - 1);
    if (!tok.isWord && !keepsQuote && !(tok.text === '(' && indexOfMark(t, ')', start, end) > 0))
      start++;
    else if (tok.text === 'that' || tok.text === 'and') start++;
    else if (DISCOURSE_MARKERS.has(tok.lower) && t[start + 1]?.text === ',') start += 2;
    else break;
  }
  while (end > start) {
    const tok = t[end - 1];
    if (tok.isWord || tok.text === '%') break;
    if (isCloseQuote(tok) && hasOpeningQuote(t, start, end - 1)) break;
    if (tok.text === ')' && indexOfMark(t, '(', start, end) >= 0) break;
    end--;
  }
  return [start, end];
}

function hasClosingQuoteBefore(tokens: Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isCloseQuote(tokens[i])) return true;
  return false;
}

function hasOpeningQuote(tokens: Token[], start: number, end: number): boolean {
  let straight = 0;
  for (let i = start; i < end; i++) {
    if (tokens[i].text === '“') return true;
    if (tokens[i].text === '"') straight++;
  }
  return straight % 2 === 1;
}

export function indexOfMark(tokens: Token[], mark: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (tokens[i].text === mark) return i;
  return -1;
}

export function wordCount(tokens: Token[], start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (tokens[i].isWord) n++;
  return n;
}

/** "source: https://…" lines and bare links are not claims. */
export function isLink(tokens: Token[], start: number, end: number): boolean {
  const url = tokens
    .slice(start, end)
    .findIndex((t) => /^(?:https?|www)$/i.test(t.text) || /^www\./i.test(t.text));
  return url >= 0 && url <= 2;
}

export function hearsayAdverb(tokens: Token[], start: number, end: number): Token | null {
  for (let i = start; i < end; i++) if (isHearsayAdverb(tokens[i])) return tokens[i];
  return null;
}
