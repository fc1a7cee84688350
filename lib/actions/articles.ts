'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { assertCan } from '@/lib/auth/assert-can';
import { getCurrentUser } from '@/lib/auth/current-user';
import { createArticle } from '@/lib/data/article-import';
import { importArticleFromUrl, type ImportedArticle } from '@/lib/url-import';
import { runAction, type ActionResult } from './action-result';

/** Saves a pasted or reviewed article with its extracted claims, then opens it. */
export async function createArticleAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async () => {
    const article = await createArticle(await getCurrentUser(), input);
    revalidatePath('/newsroom/articles');
    return { id: article.id };
  });
  if (result.ok) redirect(`/newsroom/articles/${result.data.id}`);
  return result;
}

/** Reads an article from a web page so the form can show it for review; saves nothing. */
export async function fetchArticleFromUrlAction(input: {
  url?: unknown;
}): Promise<ActionResult<ImportedArticle>> {
  return runAction(async () => {
    assertCan(await getCurrentUser(), 'articles.create');
    return importArticleFromUrl(typeof input?.url === 'string' ? input.url : '');
  });
}
