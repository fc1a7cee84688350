'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { Field, buttonClass, inputClass } from '@/components/ui/field';
import { createArticleAction } from '@/lib/actions/articles';
import { articleSchema } from '@/lib/schemas/article';
import type { ImportedArticle } from '@/lib/url-import';
import { UrlFetchForm } from './url-fetch-form';

type FormValues = {
  title: string;
  outlet: string;
  byline: string;
  url: string;
  publishedAt: string;
  body: string;
};
type ArticleOutput = z.output<typeof articleSchema>;
const EMPTY: FormValues = { title: '', outlet: '', byline: '', url: '', publishedAt: '', body: '' };

export function ImportArticleForm() {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; message: string } | null>(null);
  const { register, handleSubmit, formState, reset, setError, getValues } = useForm<
    FormValues,
    unknown,
    ArticleOutput
  >({
    // The form holds strings; the schema accepts them (its input type is wider).
    resolver: zodResolver(articleSchema) as Resolver<FormValues, unknown, ArticleOutput>,
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = formState;

  function onFetched(article: ImportedArticle) {
    reset({
      title: article.title,
      outlet: article.outlet,
      byline: article.byline,
      url: article.url,
      publishedAt: article.publishedAt,
      body: article.body,
    });
    setStatus({
      kind: 'ok',
      message: `Fetched “${article.title || article.url}”. Review the text, then save.`,
    });
  }

  // The server parses what was typed with the same schema; the client check only saves a round trip.
  async function onSubmit() {
    const result = await createArticleAction(getValues());
    if (result.ok) return;
    for (const [field, message] of Object.entries(result.fields ?? {}))
      setError(field as keyof FormValues, { message });
    setStatus({ kind: 'error', message: result.message });
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
      <form
        onSubmit={handleSubmit(onSubmit)}
        noValidate
        aria-label="Import article"
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
          <button type="submit" className={buttonClass} disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save article'}
          </button>
          {status ? (
            <p
              role="status"
              className={status.kind === 'ok' ? 'text-sm text-green-800' : 'text-sm text-red-700'}
            >
              {status.message}
            </p>
          ) : null}
        </div>
      </form>
    </div>
  );
}
