import Markdown, { type Components } from 'react-markdown';
import { safeHttpUrl } from '@/lib/data/public/safe-url';

// What an explanation may use: paragraphs, links, emphasis, lists, quotes and inline code.
const ALLOWED_ELEMENTS = ['p', 'a', 'em', 'strong', 'ul', 'ol', 'li', 'blockquote', 'code', 'br'];

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel="nofollow noopener noreferrer" className="text-blue-800 underline">
        {children}
      </a>
    ) : (
      <>{children}</>
    ),
  ul: ({ children }) => <ul className="mt-3 list-disc pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="mt-3 list-decimal pl-6">{children}</ol>,
  p: ({ children }) => <p className="mt-3 first:mt-0">{children}</p>,
  blockquote: ({ children }) => (
    <blockquote className="mt-3 border-l-4 border-slate-300 pl-3">{children}</blockquote>
  ),
};

/**
 * Markdown written in the newsroom (an explanation), rendered for readers: raw HTML is dropped, not
 * rendered; links keep only http(s) addresses; anything else (images, headings, tables) shows its text.
 */
export function SafeMarkdown({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className}>
      <Markdown
        skipHtml
        allowedElements={ALLOWED_ELEMENTS}
        unwrapDisallowed
        urlTransform={(url) => safeHttpUrl(url) ?? ''}
        components={components}
      >
        {text}
      </Markdown>
    </div>
  );
}
