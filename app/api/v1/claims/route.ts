import { NextResponse } from 'next/server';
import { apiRoute, searchParamsObject } from '@/lib/api/route';
import { listClaims } from '@/lib/data/claim-queue-page';
import type { ClaimListResponse } from '@/lib/schemas/api/claim';
import { otherMethods } from '@/lib/api/method-not-allowed';

export const GET = apiRoute(async ({ request, user }) => {
  const { rows, total, capped, approximate, page, pageSize, next, previous } = await listClaims(
    user,
    searchParamsObject(request),
  );
  const body: ClaimListResponse = {
    claims: rows,
    total,
    totalCapped: capped,
    totalApproximate: approximate,
    page,
    pageSize,
    next,
    prev: previous,
  };
  // The same cursors as Link headers, for clients that follow rel=next (same filters, no page).
  const link = (cursor: string, rel: string) => {
    const url = new URL(request.url);
    url.searchParams.delete('page');
    url.searchParams.set('cursor', cursor);
    return `<${url.pathname}${url.search}>; rel="${rel}"`;
  };
  const links = [
    ...(next ? [link(next, 'next')] : []),
    ...(previous ? [link(previous, 'prev')] : []),
  ];
  return NextResponse.json(body, links.length ? { headers: { Link: links.join(', ') } } : {});
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
