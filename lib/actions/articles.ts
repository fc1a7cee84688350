'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getExtractionStatus, retryArticleExtraction } from '@/lib/data/article-extraction';
import { createArticle, fetchArticleForReview } from '@/lib/data/article-import';
import { articleSchema, articleUrlSchema, retryExtractionSchema } from '@/lib/schemas/article';
import { authActionClient } from './action-client';

/** Saves a pasted or reviewed article with its extracted claims, then opens it (or the one already saved). */
export const createArticleAction = authActionClient
  .schema(articleSchema)
  .action(async ({ input, user }) => {
    const article = await createArticle(user, input);
    revalidatePath('/newsroom/articles');
    redirect(`/newsroom/articles/${article.id}${article.existing ? '?existing=1' : ''}`);
  });

/** Reads an article from a web page so the form can show it for review; saves nothing. */
export const fetchArticleFromUrlAction = authActionClient
  .schema(articleUrlSchema)
  .action(({ input, user }) => fetchArticleForReview(user, input));

/** Queues the claim extraction of an article again after it failed. */
export const retryExtractionAction = authActionClient
  .schema(retryExtractionSchema)
  .action(async ({ input, user }) => {
    await retryArticleExtraction(user, input.articleId);
    revalidatePath(`/newsroom/articles/${input.articleId}`);
    revalidatePath('/newsroom/articles');
  });

/** The article page's cheap poll while its claims are being extracted. */
export const extractionStatusAction = authActionClient
  .schema(retryExtractionSchema)
  .action(({ input, user }) => getExtractionStatus(user, input.articleId));
