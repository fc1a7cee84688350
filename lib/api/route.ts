import 'server-only';
import { NextResponse } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import type { SessionUser } from '@/lib/auth/session-user';
import { userForApiToken } from '@/lib/data/api-tokens';
import { badRequest, forbiddenError, isDomainError, notFound, unauthenticated } from '@/lib/errors';
import { isSafeText } from '@/lib/schemas/safe-text';
import { clientAddressFrom } from '@/lib/security/client-address';
import { CROSS_ORIGIN_MESSAGE, isCrossOriginWrite } from '@/lib/security/cross-origin';
import { REQUEST_ID_HEADER } from '@/lib/security/request-context';
import { logSecurityEvent } from '@/lib/security/security-log';
import { toErrorResponse } from './respond';

interface ApiContext<P> {
  request: Request;
  user: SessionUser | null;
  params: P;
}

/** The caller: a personal API token when one is sent (a bad one is refused), else the session cookie. */
async function apiUser(request: Request): Promise<SessionUser | null> {
  const header = request.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match ? await userForApiToken(match[1]) : null;
    if (!user) throw unauthenticated('The API token is invalid or revoked.');
    return user;
  }
  return getCurrentUser();
}

/** Wraps a route handler: resolves the caller, runs the body, maps errors to JSON. lib/ does the permission checks. */
export function apiRoute<P = Record<string, never>>(
  body: (context: ApiContext<P>) => Promise<unknown>,
  successStatus = 200,
) {
  return async (request: Request, { params }: { params: Promise<P> }) => {
    let user: SessionUser | null = null;
    try {
      if (isCrossOriginWrite(request.method, request.headers))
        throw forbiddenError(CROSS_ORIGIN_MESSAGE);
      user = await apiUser(request);
      // Every write needs a caller: say so before reading (and judging) the body.
      if (!user && request.method !== 'GET' && request.method !== 'HEAD') throw unauthenticated();
      const resolved = await params;
      // A NUL byte or broken character cannot be in any id, and would fail in the database.
      if (Object.values((resolved ?? {}) as object).some((value) => !isSafeText(String(value))))
        throw notFound();
      const result = await body({ request, user, params: resolved });
      return result instanceof Response
        ? result
        : NextResponse.json(result, { status: successStatus });
    } catch (error) {
      if (isDomainError(error) && (error.code === 'unauthenticated' || error.code === 'forbidden'))
        logRefusal(request, user, error.code === 'forbidden' ? 403 : 401, error.message);
      return toErrorResponse(error);
    }
  };
}

function logRefusal(request: Request, user: SessionUser | null, status: number, reason: string) {
  logSecurityEvent('access.refused', {
    status,
    reason,
    method: request.method,
    path: new URL(request.url).pathname,
    userId: user?.id ?? null,
    clientAddress: clientAddressFrom(request.headers),
    requestId: request.headers.get(REQUEST_ID_HEADER),
  });
}

export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.includes('application/json'))
    throw badRequest('Send a JSON body with Content-Type: application/json.');
  try {
    return await request.json();
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
}

export function searchParamsObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
