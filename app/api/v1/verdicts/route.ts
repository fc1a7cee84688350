import { toErrorResponse } from '@/lib/api/respond';
import { taggedResponse } from '@/lib/data/public/http-cache';
import { siteUrl } from '@/lib/data/public/settings';
import { verdictQuerySchema } from '@/lib/schemas/verdict-query';
import { getPublicSettings, verdictListBody } from '@/lib/data/public/cached';
import { otherMethods } from '@/lib/api/method-not-allowed';

/** Public: published verdicts, newest first; ?cursor= (or ?page= for the first pages)&q=&rating=&speaker=&from=&to=. */
export async function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const query = verdictQuerySchema.parse(Object.fromEntries(url.searchParams));
    const [settings, page] = await Promise.all([getPublicSettings(), verdictListBody(query)]);
    const response = taggedResponse(
      request,
      page.json,
      page.etag,
      'application/json; charset=utf-8',
    );
    const link = (cursor: string, rel: string) => {
      const target = new URLSearchParams(url.searchParams);
      target.delete('page');
      target.set('cursor', cursor);
      return `<${siteUrl(settings, `${url.pathname}?${target}`)}>; rel="${rel}"`;
    };
    const links = [
      ...(page.prev ? [link(page.prev, 'prev')] : []),
      ...(page.next ? [link(page.next, 'next')] : []),
    ];
    if (links.length) response.headers.set('Link', links.join(', '));
    return response;
  } catch (error) {
    return toErrorResponse(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
