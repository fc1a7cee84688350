import type { PublicVerdictSummary } from './verdicts';

export interface FeedChannel {
  title: string;
  description: string;
  siteUrl: string;
  feedUrl: string;
  itemUrl: (slug: string) => string;
}

// Characters XML 1.0 forbids even when escaped (control characters other than tab, LF, CR).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const itemTitle = (v: PublicVerdictSummary) => `${v.ratingName}: ${v.statement}`;

export function renderRss(channel: FeedChannel, items: PublicVerdictSummary[]): string {
  const entries = items.map(
    (v) => `    <item>
      <title>${escapeXml(itemTitle(v))}</title>
      <link>${escapeXml(channel.itemUrl(v.slug))}</link>
      <guid isPermaLink="true">${escapeXml(channel.itemUrl(v.slug))}</guid>
      <pubDate>${v.publishedAt.toUTCString()}</pubDate>
      <category>${escapeXml(v.ratingName)}</category>
      <description>${escapeXml(v.summary)}</description>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.siteUrl)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>en</language>
    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>
${items[0] ? `    <lastBuildDate>${items[0].publishedAt.toUTCString()}</lastBuildDate>\n` : ''}${entries.join('\n')}
  </channel>
</rss>
`;
}

export function renderAtom(channel: FeedChannel, items: PublicVerdictSummary[]): string {
  const updated = (items[0]?.publishedAt ?? new Date(0)).toISOString();
  const entries = items.map(
    (v) => `  <entry>
    <title>${escapeXml(itemTitle(v))}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(channel.itemUrl(v.slug))}"/>
    <id>${escapeXml(channel.itemUrl(v.slug))}</id>
    <published>${v.firstPublishedAt.toISOString()}</published>
    <updated>${v.publishedAt.toISOString()}</updated>
    <category term="${escapeXml(v.rating)}" label="${escapeXml(v.ratingName)}"/>
    <summary type="text">${escapeXml(v.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(channel.title)}</title>
  <subtitle>${escapeXml(channel.description)}</subtitle>
  <link rel="alternate" type="text/html" href="${escapeXml(channel.siteUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(channel.feedUrl)}"/>
  <id>${escapeXml(channel.feedUrl)}</id>
  <updated>${updated}</updated>
  <author><name>${escapeXml(channel.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
