import { ABBREVIATIONS, SENTENCE_STARTERS } from './word-lists';

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the line-delimited paragraph holding the sentence. */
  paragraph: number;
}

const MAX_SENTENCE_CHARS = 1500;
const TERMINATORS = '.!?…';
const CLOSERS = '"”’\')]»';
const OPENERS = '"“‘\'([«';

const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\u00a0' || c === '\r' || c === '\u2009' || c === '\u202f';
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase();

function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && (isLetter(text[i - 1]) || text[i - 1] === '.')) i--;
  return text.slice(i, index);
}

function wordAfter(text: string, index: number): string {
  let i = index;
  while (i < text.length && isLetter(text[i])) i++;
  return text.slice(index, i);
}

/** Decides whether the period at `dot` (followed by whitespace then `next`) ends a sentence. */
function periodEndsSentence(text: string, dot: number, nextIndex: number): boolean {
  const before = wordBefore(text, dot);
  const nextWord = wordAfter(text, nextIndex).toLowerCase();
  const startsLikeSentence = SENTENCE_STARTERS.has(nextWord);
  if (ABBREVIATIONS.has(before.toLowerCase())) return false;
  // Initials and dotted acronyms ("U.S. President") end a sentence only before a function word.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(before) && (before.length === 1 || before.includes('.')))
    return startsLikeSentence;
  return true;
}

function lineSentences(
  text: string,
  lineStart: number,
  lineEnd: number,
  paragraph: number,
  out: SentenceSpan[],
): void {
  let start = lineStart;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text[s])) s++;
    let e = end;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) pushBounded(s, e);
    start = end;
  };
  const pushBounded = (s: number, e: number) => {
    while (e - s > MAX_SENTENCE_CHARS) {
      let cut = s + MAX_SENTENCE_CHARS;
      const space = text.lastIndexOf(' ', cut);
      if (space > s + MAX_SENTENCE_CHARS / 2) cut = space;
      out.push({ start: s, end: cut, paragraph });
      s = cut;
      while (s < e && isSpace(text[s])) s++;
    }
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  for (let i = lineStart; i < lineEnd; i++) {
    const c = text[i];
    if (!TERMINATORS.includes(c)) continue;
    let j = i + 1;
    while (j < lineEnd && (TERMINATORS.includes(text[j]) || CLOSERS.includes(text[j]))) j++;
    if (j < lineEnd && !isSpace(text[j])) continue;
    let k = j;
    while (k < lineEnd && isSpace(text[k])) k++;
    if (k >= lineEnd) break;
    const next = text[k];
    const nextStartsSentence = isUpper(next) || isDigit(next) || OPENERS.includes(next);
    if (!nextStartsSentence) continue;
    if (
      c === '.' &&
      j === i + 1 &&
      !periodEndsSentence(text, i, OPENERS.includes(next) ? k + 1 : k)
    )
      continue;
    // A spaced ellipsis inside a quote (" ... the fourth car") continues the sentence.
    if (c === '.' && text.startsWith('...', j - 3) && isSpace(text[j - 4]) && !isUpper(next))
      continue;
    push(j);
    i = j - 1;
  }
  push(lineEnd);
}

/** Splits text into sentences; every line break is also a boundary. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const before = out.length;
      lineSentences(text, lineStart, i, paragraph, out);
      if (out.length > before) paragraph++;
      lineStart = i + 1;
    }
  }
  return out;
}
