/**
 * Converts UTF-16 offsets (JavaScript string indices, what Factdesk stores) into Unicode code point
 * offsets over the same text; one pass over the text, then each lookup is constant time.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const table = new Int32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = points;
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it at the second unit.
    const pairStart =
      code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (!pairStart) points++;
  }
  table[text.length] = points;
  return (offset) => table[Math.max(0, Math.min(offset, text.length))];
}
