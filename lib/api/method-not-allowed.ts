import 'server-only';
import { errorResponse } from './respond';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Handlers for the methods a route does not serve: `export const { POST, PUT, PATCH, DELETE } = otherMethods('GET')`.
 * Next.js answers an unexported method with an empty 405; these give the API's JSON error and an Allow header.
 */
export function otherMethods(...served: Method[]): Record<Method, () => Response> {
  const allow = [...served, ...(served.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  const refuse = () => {
    const response = errorResponse(
      405,
      'method_not_allowed',
      `This address does not accept that method; use ${allow}.`,
    );
    response.headers.set('Allow', allow);
    return response;
  };
  return { GET: refuse, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}
