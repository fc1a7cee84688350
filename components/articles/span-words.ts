// Pure helpers for editing a claim's span word by word; a word is a run of non-space characters, so
// "$12" or "“We" stay whole. Offsets index into the article body.
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/** Offsets inside (from, to) where a word starts: the places a claim can be split. */
export function wordStartsWithin(body: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let i = from + 1; i < to; i++) if (!isSpace(body[i]) && isSpace(body[i - 1])) starts.push(i);
  return starts;
}

/** Shrinks a span so it neither starts nor ends with whitespace. */
export function trimSpan(body: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpace(body[start])) start++;
  while (end > start && isSpace(body[end - 1])) end--;
  return { start, end };
}

/** Moves a span's start one word earlier (-1) or later (+1), never past its end. */
export function nudgeStart(body: string, start: number, end: number, direction: -1 | 1): number {
  if (direction === 1) return wordStartsWithin(body, start, end)[0] ?? start;
  let i = start;
  while (i > 0 && isSpace(body[i - 1])) i--;
  if (i === 0) return start;
  while (i > 0 && !isSpace(body[i - 1])) i--;
  return i;
}

/** Moves a span's end one word earlier (-1) or later (+1), never before its start. */
export function nudgeEnd(body: string, start: number, end: number, direction: -1 | 1): number {
  if (direction === 1) {
    let i = end;
    while (i < body.length && isSpace(body[i])) i++;
    if (i >= body.length) return end;
    while (i < body.length && !isSpace(body[i])) i++;
    return i;
  }
  let i = end;
  while (i > start && !isSpace(body[i - 1])) i--;
  while (i > start && isSpace(body[i - 1])) i--;
  return i > start ? i : end;
}
