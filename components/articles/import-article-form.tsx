'use client';

import { useState } from 'react';
import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/field';
import { createArticleAction } from '@/lib/actions/articles';
import { articleSchema, type ArticleInput } from '@/lib/schemas/article';
import type { ImportedArticle } from '@/lib/url-import';
import { UrlFetchForm } from './url-fetch-form';

type FormValues = ArticleInput;
const EMPTY = { title: '', outlet: '', byline: '', url: '', publishedAt: '', body: '' };

export function ImportArticleForm() {
  const [fetched, setFetched] = useState<string | null>(null);
  // Saving opens the article.
  const state = useActionForm({
    schema: articleSchema,
    action: createArticleAction,
    defaultValues: EMPTY,
  });
  const { register, formState, reset } = state.form;
  const { errors } = formState;

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

  const fieldProps = (name: keyof FormValues) => ({
    id: `article-${name}`,
    className: inputClass,
    'aria-invalid': !!errors[name],
    'aria-describedby': errors[name] ? `article-${name}-error` : undefined,
    ...register(name),
  });

  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <UrlFetchForm onFetched={onFetched} />
      <ActionForm
        state={state}
        label="Import article"
        className="grid grid-cols-1 gap-3 sm:grid-cols-2"
      >
        <div className="sm:col-span-2">
          <Field id="article-title" label="Title" error={errors.title?.message}>
            <input {...fieldProps('title')} />
          </Field>
        </div>
        <Field id="article-outlet" label="Outlet" error={errors.outlet?.message}>
          <input {...fieldProps('outlet')} />
        </Field>
        <Field id="article-byline" label="Byline" error={errors.byline?.message}>
          <input {...fieldProps('byline')} />
        </Field>
        <Field id="article-url" label="URL" error={errors.url?.message}>
          <input type="url" inputMode="url" {...fieldProps('url')} />
        </Field>
        <Field
          id="article-publishedAt"
          label="Publication date"
          error={errors.publishedAt?.message}
        >
          <input type="date" {...fieldProps('publishedAt')} />
        </Field>
        <div className="sm:col-span-2">
          <Field id="article-body" label="Body text" error={errors.body?.message}>
            <textarea rows={18} {...fieldProps('body')} className={`${inputClass} font-serif`} />
          </Field>
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
