export interface Span {
  id: string;
  start: number;
  end: number;
}

export type Segment<T extends Span> = { text: string; span: T | null };

/** Cuts text into plain and highlighted runs; an overlapping span is shown from where the previous one ends. */
export function segmentText<T extends Span>(text: string, spans: T[]): Segment<T>[] {
  const sorted = spans
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const segments: Segment<T>[] = [];
  let cursor = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, cursor);
    if (start >= span.end) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), span: null });
    segments.push({ text: text.slice(start, span.end), span });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), span: null });
  return segments;
}
