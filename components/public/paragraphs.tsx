/** Plain text shown as paragraphs (split on blank lines), always as text, never as HTML. */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div className={className}>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="mt-3 whitespace-pre-line first:mt-0">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
