import 'server-only';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { UrlImportError } from './errors';
import { blocksToPlainText } from './plain-text';

export interface ImportedArticle {
  title: string;
  byline: string;
  outlet: string;
  url: string;
  /** The page's <link rel="canonical"> when it names an http(s) address, else `url`. */
  canonicalUrl: string;
  /** YYYY-MM-DD, or '' when the page does not say. */
  publishedAt: string;
  body: string;
}

const MIN_BODY_CHARS = 20;

function dateOnly(value: string | null | undefined): string {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : '';
}

/** "Headline - Site" / "Headline | Site" → "Headline" when the site name is known. */
function withoutSiteName(title: string, siteName: string): string {
  if (!siteName) return title;
  for (const separator of [' - ', ' | ', ' – ', ' — ', ' · ']) {
    const suffix = `${separator}${siteName}`;
    if (title.endsWith(suffix) && title.length > suffix.length)
      return title.slice(0, -suffix.length).trim();
  }
  return title;
}

/** Takes the main article out of a page with Readability; the body comes back as plain text, never HTML. */
function canonicalOf(document: Document, pageUrl: string): string {
  const href = document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href');
  try {
    const url = href ? new URL(href, pageUrl) : null;
    return url && (url.protocol === 'http:' || url.protocol === 'https:')
      ? url.toString()
      : pageUrl;
  } catch {
    return pageUrl;
  }
}

export function extractArticle(html: string, pageUrl: string): ImportedArticle {
  const { document } = parseHTML(html);
  // Read before Readability, which rewrites the document.
  const canonicalUrl = canonicalOf(document as unknown as Document, pageUrl);
  const parsed = new Readability<Node>(document as unknown as Document, {
    serializer: (node) => node,
  }).parse();
  const body = parsed?.content ? blocksToPlainText(parsed.content) : '';
  if (!parsed || body.length < MIN_BODY_CHARS) {
    throw new UrlImportError(
      'no_article',
      'No readable article text was found on that page. Paste the text instead.',
    );
  }
  const outlet = (parsed.siteName ?? '').trim() || new URL(pageUrl).hostname.replace(/^www\./, '');
  const title = withoutSiteName((parsed.title ?? '').trim(), (parsed.siteName ?? '').trim());
  return {
    title,
    byline: (parsed.byline ?? '').trim(),
    outlet,
    url: pageUrl,
    canonicalUrl,
    publishedAt: dateOnly(parsed.publishedTime),
    body,
  };
}
