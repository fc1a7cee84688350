import 'server-only';
import { extractArticle, type ImportedArticle } from './extract-article';
import { fetchPage } from './fetch-page';
import type { FetchLimits } from './limits';

export type { ImportedArticle } from './extract-article';
export { UrlImportError, type UrlImportFailure } from './errors';

/** Reads an article from a web page for review; nothing is saved. */
export async function importArticleFromUrl(
  url: string,
  limits: Partial<FetchLimits> = {},
): Promise<ImportedArticle> {
  const page = await fetchPage(url, limits);
  return extractArticle(page.html, page.url);
}
