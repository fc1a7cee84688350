import { NextResponse, type NextRequest } from 'next/server';
import {
  ACTION_BODY_REFUSALS,
  actionBodyProblem,
  isServerActionCall,
} from '@/lib/security/action-body';
import { clientAddressFrom } from '@/lib/security/client-address';
import { CROSS_ORIGIN_MESSAGE, isCrossOriginWrite } from '@/lib/security/cross-origin';
import { logSecurityEvent } from '@/lib/security/security-log';
import {
  API_CONTENT_SECURITY_POLICY,
  createNonce,
  isApiPath,
  pageContentSecurityPolicy,
  securityHeaders,
  usesNonce,
} from '@/lib/security/security-headers';
import { PUBLIC_CACHE_CONTROL, publicCacheSettings } from '@/lib/data/public/cache-settings';
import { cookieBypassingPageCache } from '@/lib/public/cache-bypass';
import { cachedPagePath } from '@/lib/public/cached-page-path';
import { cachedRoutePath } from '@/lib/public/cached-route-path';

// Runs before every request except static assets (those get their headers from next.config.js).
export async function proxy(request: NextRequest) {
  const { pathname, protocol } = request.nextUrl;
  const nonce = usesNonce(pathname) ? createNonce() : null;
  const csp = isApiPath(pathname)
    ? API_CONTENT_SECURITY_POLICY
    : pageContentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development' });
  const headers = securityHeaders({ csp, https: protocol === 'https:' });
  const requestId = crypto.randomUUID();

  // Refused here as well as in lib/api/route.ts, because Next answers a Server Action with a
  // foreign Origin with a 500 before any app code runs.
  const crossOrigin = isCrossOriginWrite(request.method, request.headers);
  if (crossOrigin)
    logSecurityEvent('access.refused', {
      status: 403,
      reason: 'cross-origin write with a session cookie',
      method: request.method,
      path: pathname,
      origin: request.headers.get('origin'),
      clientAddress: clientAddressFrom(request.headers),
      requestId,
    });
  const readerPage =
    !nonce && !isApiPath(pathname) && (request.method === 'GET' || request.method === 'HEAD');
  const forwarded = forwardedHeaders(request.headers, nonce ? csp : null, requestId);
  if (readerPage && !publicCacheSettings().enabled) {
    const cookie = cookieBypassingPageCache(forwarded.get('cookie'));
    if (cookie) forwarded.set('cookie', cookie);
  }
  const { searchParams } = request.nextUrl;
  const rewrite =
    (readerPage ? cachedPagePath(pathname, searchParams) : null) ??
    (publicCacheSettings().enabled
      ? cachedRoutePath(request.method, pathname, searchParams, request.headers)
      : null);
  const response =
    (await refusal(request, crossOrigin)) ??
    (rewrite
      ? NextResponse.rewrite(new URL(`${rewrite}${request.nextUrl.search}`, request.url), {
          request: { headers: forwarded },
        })
      : NextResponse.next({ request: { headers: forwarded } }));
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set('x-request-id', requestId);
  // Reader pages are the same for everyone and carry a nonce-free policy, so a CDN may keep them;
  // Next keeps a Cache-Control set here (feeds and the API set their own).
  if (readerPage) response.headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  return response;
}

/** A JSON 4xx for a request the proxy refuses itself, else null. */
async function refusal(request: NextRequest, crossOrigin: boolean): Promise<NextResponse | null> {
  const problem =
    !crossOrigin && isServerActionCall(request.method, request.headers)
      ? await actionBodyProblem(request)
      : null;
  const error = crossOrigin
    ? { status: 403, code: 'forbidden', message: CROSS_ORIGIN_MESSAGE }
    : problem && ACTION_BODY_REFUSALS[problem];
  return error
    ? NextResponse.json(
        { error: { code: error.code, message: error.message } },
        { status: error.status },
      )
    : null;
}

/** Next reads the nonce for its own scripts from the request's Content-Security-Policy header. */
function forwardedHeaders(incoming: Headers, csp: string | null, requestId: string): Headers {
  const headers = new Headers(incoming);
  headers.delete('content-security-policy');
  if (csp) headers.set('content-security-policy', csp);
  headers.set('x-request-id', requestId);
  return headers;
}

export const config = { matcher: '/((?!_next/static|_next/image).*)' };
