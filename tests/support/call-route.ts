// Calls an /api/v1 route handler in-process and checks its answer against the contract (not a test file itself).
import { expectContract } from './openapi-contract';

// Next.js hands a route handler its path parameters; the list routes take none.
// (typed `never` so one helper fits both; the handler reads what it declares).
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

interface Call {
  token?: string;
  id?: string;
  body?: unknown;
  query?: string;
  headers?: Record<string, string>;
  /** Path parameters besides `id` (e.g. `sourceId`). */
  params?: Record<string, string>;
}

/** Calls a handler as Next.js would and checks the answer against the contract for `route`. */
export async function callRoute<T = unknown>(
  handler: Handler,
  method: string,
  route: string,
  { token, id = '', body, query = '', headers = {}, params = {} }: Call = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const all = { ...params, id };
  const path = route.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(all[name as keyof typeof all] ?? ''),
  );
  const url = `http://factdesk.test${path}${query}`;
  const request = new Request(url, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(all) as Promise<never> });
  return {
    status: response.status,
    headers: response.headers,
    body: await expectContract<T>(method, route, response),
  };
}
