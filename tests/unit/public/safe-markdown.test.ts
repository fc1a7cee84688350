import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SafeMarkdown } from '@/components/markdown/safe-markdown';

const render = (text: string) => renderToStaticMarkup(createElement(SafeMarkdown, { text }));

describe('explanations in Markdown', () => {
  it('renders links, emphasis and lists', () => {
    const html = render(
      'The [UN report](https://www.ohchr.org/report) says *over* **12,000**.\n\n- one\n- two\n\n1. first',
    );
    expect(html).toContain(
      '<a href="https://www.ohchr.org/report" rel="nofollow noopener noreferrer"',
    );
    expect(html).toContain('<em>over</em>');
    expect(html).toContain('<strong>12,000</strong>');
    expect(html).toMatch(/<ul[^>]*>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol[^>]*>\s*<li>first<\/li>\s*<\/ol>/);
  });

  it('never renders raw HTML', () => {
    const html = render('Before <script>alert(1)</script> <img src=x onerror=alert(1)> after');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('onerror');
  });

  it('keeps only http(s) link targets', () => {
    for (const target of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'mailto:a@b.c']) {
      const html = render(`[click](${target})`);
      expect(html).not.toContain(target);
      expect(html).not.toContain('<a');
      expect(html).toContain('click');
    }
  });

  it('shows images, headings and tables as their text only', () => {
    const html = render('# Heading\n\n![alt text](https://example.org/x.png)');
    expect(html).not.toContain('<h1');
    expect(html).not.toContain('<img');
    expect(html).toContain('Heading');
  });
});
