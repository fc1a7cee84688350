'use client';

import { useState, type FormEvent } from 'react';
import { Field, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { fetchArticleFromUrlAction } from '@/lib/actions/articles';
import type { ImportedArticle } from '@/lib/url-import';

/** Fetches a page on the server and hands the extracted article to the import form for review. */
export function UrlFetchForm({ onFetched }: { onFetched: (article: ImportedArticle) => void }) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fetching, setFetching] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFetching(true);
    setError(null);
    const result = await fetchArticleFromUrlAction({ url }).finally(() => setFetching(false));
    if (result.ok) onFetched(result.data);
    else setError(result.fields?.url ?? result.message);
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Import from a URL"
      className="flex flex-col gap-2 rounded border border-slate-300 bg-slate-50 p-3"
    >
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <Field id="fetch-url" label="Page URL" error={error ?? undefined}>
            <input
              id="fetch-url"
              type="url"
              inputMode="url"
              placeholder="https://…"
              className={inputClass}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              aria-invalid={!!error}
              aria-describedby={error ? 'fetch-url-error' : 'fetch-url-hint'}
            />
          </Field>
        </div>
        <button
          type="submit"
          className={`${secondaryButtonClass} mb-px`}
          disabled={fetching || !url.trim()}
        >
          {fetching ? 'Fetching…' : 'Fetch'}
        </button>
      </div>
      <p id="fetch-url-hint" className="text-xs text-slate-600">
        Fetching fills the form below for review; nothing is saved until you press Save article.
      </p>
    </form>
  );
}
