export interface Range {
  start: number;
  end: number;
}

/**
 * The paragraphs of `body` as offsets: split on blank lines, or on single line breaks when the body
 * has no blank line (many imports put one paragraph per line). Surrounding whitespace is left out.
 */
export function paragraphRanges(body: string): Range[] {
  const separator = /\n[ \t]*\n/.test(body) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const ranges: Range[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const text = body.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (end - trail > start + lead) ranges.push({ start: start + lead, end: end - trail });
  };
  for (const match of body.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, body.length);
  return ranges;
}

/**
 * What a reader sees of an article that is not the newsroom's own: each paragraph holding a
 * published claim, with `context` paragraphs either side, adjacent runs joined. In text order.
 */
export function claimExcerpts(body: string, claims: readonly Range[], context = 1): Range[] {
  const paragraphs = paragraphRanges(body);
  const keep = new Set<number>();
  paragraphs.forEach((paragraph, index) => {
    if (!claims.some((claim) => claim.start < paragraph.end && claim.end > paragraph.start)) return;
    for (let i = index - context; i <= index + context; i++)
      if (i >= 0 && i < paragraphs.length) keep.add(i);
  });
  const excerpts: Range[] = [];
  for (const index of [...keep].sort((a, b) => a - b)) {
    const last = excerpts.at(-1);
    const paragraph = paragraphs[index];
    if (last && keep.has(index - 1)) last.end = paragraph.end;
    else excerpts.push({ ...paragraph });
  }
  // A claim that spans a paragraph break stays whole.
  for (const excerpt of excerpts)
    for (const claim of claims)
      if (claim.start < excerpt.end && claim.end > excerpt.start) {
        excerpt.start = Math.min(excerpt.start, claim.start);
        excerpt.end = Math.max(excerpt.end, claim.end);
      }
  return excerpts;
}

/** True when `outlet` is one of the newsroom's own (one name per line, compared without case). */
export function isOwnOutlet(outlet: string | null, ownOutlets: string): boolean {
  if (!outlet) return false;
  const name = outlet.trim().toLowerCase();
  return ownOutlets
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .some((line) => line && line === name);
}

/** The words at `range` (article offsets), from the passage that holds them; '' if none does. */
export function textInPassages(
  passages: readonly { start: number; text: string }[],
  range: Range,
): string {
  const passage = passages.find(
    (p) => p.start <= range.start && range.end <= p.start + p.text.length,
  );
  return passage ? passage.text.slice(range.start - passage.start, range.end - passage.start) : '';
}
