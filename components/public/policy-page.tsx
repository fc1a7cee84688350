import { Paragraphs } from './paragraphs';

export function PolicyPage({
  title,
  text,
  fallback,
}: {
  title: string;
  text: string;
  fallback: string;
}) {
  return (
    <article aria-labelledby="policy-heading">
      <h1 id="policy-heading" className="text-2xl font-semibold">
        {title}
      </h1>
      <Paragraphs
        text={text.trim() ? text : fallback}
        className="mt-4 max-w-prose text-slate-900"
      />
    </article>
  );
}
