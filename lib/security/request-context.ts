import 'server-only';
import { headers } from 'next/headers';
import { clientAddressFrom } from './client-address';

/** Set by proxy.ts on every request (a client-sent value is replaced). */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Request id and client address of the request being handled, for the security log. */
export async function requestContext(): Promise<{
  requestId: string | null;
  clientAddress: string | null;
}> {
  try {
    const incoming = await headers();
    return {
      requestId: incoming.get(REQUEST_ID_HEADER),
      clientAddress: clientAddressFrom(incoming),
    };
  } catch {
    return { requestId: null, clientAddress: null }; // outside a request (scripts, tests)
  }
}
