'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { fetchArticleFromUrlAction } from '@/lib/actions/articles';
import { articleUrlSchema } from '@/lib/schemas/article';
import type { ImportedArticle } from '@/lib/url-import';

/** Fetches a page on the server and hands the extracted article to the import form for review. */
export function UrlFetchForm({ onFetched }: { onFetched: (article: ImportedArticle) => void }) {
  const state = useActionForm({
    schema: articleUrlSchema,
    action: fetchArticleFromUrlAction,
    defaultValues: { url: '' },
    onSuccess: onFetched,
  });
  const { register, formState, watch } = state.form;
  const error = formState.errors.url?.message;
  return (
    <ActionForm
      state={state}
      label="Import from a URL"
      className="flex flex-col gap-2 rounded border border-slate-300 bg-slate-50 p-3"
    >
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <Field id="fetch-url" label="Page URL" error={error}>
            <input
              id="fetch-url"
              type="url"
              inputMode="url"
              placeholder="https://…"
              className={inputClass}
              aria-invalid={!!error}
              aria-describedby={error ? 'fetch-url-error' : 'fetch-url-hint'}
              {...register('url')}
            />
          </Field>
        </div>
        <SubmitButton
          className={`${secondaryButtonClass} mb-px`}
          disabled={!watch('url')?.trim()}
          pendingLabel="Fetching…"
        >
          Fetch
        </SubmitButton>
      </div>
      <p id="fetch-url-hint" className="text-xs text-slate-600">
        Fetching fills the form below for review; nothing is saved until you press Save article.
      </p>
      <FormFeedback />
    </ActionForm>
  );
}
