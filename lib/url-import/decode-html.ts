import 'server-only';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

export function isHtmlType(contentType: string | undefined): boolean {
  return HTML_TYPES.has(mediaTypeOf(contentType));
}

function charsetOf(contentType: string | undefined, head: string): string {
  const fromHeader = contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
  if (fromHeader) return fromHeader;
  const fromMeta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  return fromMeta ?? 'utf-8';
}

/** Decodes the page with the charset from the header or a <meta> tag, falling back to UTF-8. */
export function decodeHtml(bytes: Buffer, contentType: string | undefined): string {
  const head = bytes.subarray(0, 2048).toString('latin1');
  try {
    return new TextDecoder(charsetOf(contentType, head)).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
