import { NextResponse, type NextRequest } from 'next/server';
import { CROSS_ORIGIN_MESSAGE, isCrossOriginWrite } from '@/lib/security/cross-origin';
import {
  API_CONTENT_SECURITY_POLICY,
  createNonce,
  isApiPath,
  pageContentSecurityPolicy,
  securityHeaders,
  usesNonce,
} from '@/lib/security/security-headers';

// Runs before every request except static assets (those get their headers from next.config.js).
export function proxy(request: NextRequest) {
  const { pathname, protocol } = request.nextUrl;
  const nonce = usesNonce(pathname) ? createNonce() : null;
  const csp = isApiPath(pathname)
    ? API_CONTENT_SECURITY_POLICY
    : pageContentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development' });
  const headers = securityHeaders({ csp, https: protocol === 'https:' });

  // Refused here as well as in lib/api/route.ts, because Next answers a Server Action with a
  // foreign Origin with a 500 before any app code runs.
  const response = isCrossOriginWrite(request.method, request.headers)
    ? NextResponse.json(
        { error: { code: 'forbidden', message: CROSS_ORIGIN_MESSAGE } },
        { status: 403 },
      )
    : NextResponse.next({ request: { headers: withPolicy(request.headers, nonce ? csp : null) } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** Next reads the nonce for its own scripts from the request's Content-Security-Policy header. */
function withPolicy(incoming: Headers, csp: string | null): Headers {
  const headers = new Headers(incoming);
  headers.delete('content-security-policy');
  if (csp) headers.set('content-security-policy', csp);
  return headers;
}

export const config = { matcher: '/((?!_next/static|_next/image).*)' };
