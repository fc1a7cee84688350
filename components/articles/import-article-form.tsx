'use client';

import { useState } from 'react';
import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { inputClass } from '@/components/ui/field';
import { createArticleAction } from '@/lib/actions/articles';
import { articleSchema } from '@/lib/schemas/article';
import type { ImportedArticle } from '@/lib/url-import';
import { UrlFetchForm } from './url-fetch-form';

const EMPTY = { title: '', outlet: '', byline: '', url: '', publishedAt: '', body: '' };

export function ImportArticleForm() {
  const [fetched, setFetched] = useState<string | null>(null);
  // Saving opens the article.
  const state = useActionForm({
    schema: articleSchema,
    action: createArticleAction,
    defaultValues: EMPTY,
  });
  const { reset } = state.form;

  function onFetched(article: ImportedArticle) {
    reset({
      title: article.title,
      outlet: article.outlet,
      byline: article.byline,
      url: article.url,
      publishedAt: article.publishedAt,
      body: article.body,
    });
    setFetched(`Fetched “${article.title || article.url}”. Review the text, then save.`);
  }

  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <UrlFetchForm onFetched={onFetched} />
      <ActionForm
        state={state}
        label="Import article"
        className="grid grid-cols-1 gap-3 sm:grid-cols-2"
      >
        <div className="sm:col-span-2">
          <TextField name="title" label="Title" />
        </div>
        <TextField name="outlet" label="Outlet" />
        <TextField name="byline" label="Byline" />
        <TextField name="url" label="URL" type="url" inputMode="url" />
        <TextField name="publishedAt" label="Publication date" type="date" />
        <div className="sm:col-span-2">
          <TextField
            name="body"
            label="Body text"
            rows={18}
            className={`${inputClass} font-serif`}
          />
        </div>
        <div className="flex items-center gap-3 sm:col-span-2">
          <SubmitButton pendingLabel="Saving…">Save article</SubmitButton>
          {fetched && !state.feedback ? (
            <p role="status" className="text-sm text-green-800">
              {fetched}
            </p>
          ) : null}
          <FormFeedback />
        </div>
      </ActionForm>
    </div>
  );
}
