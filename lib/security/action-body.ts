// React encodes a Server Action's arguments as JSON in which strings starting with `$` mark special
// values. A body that is not JSON, whose markers point at parts the body does not carry, or that is
// over Next's size limit makes Next answer 500 before any app code runs, so the proxy checks first.
// Factdesk's forms only send plain values, whose markers are self-contained: an escaped `$$…`
// string, undefined, NaN, ±Infinity, -0, a date or a bigint.
const SELF_CONTAINED_MARKER = /^\$(?:\$|undefined$|NaN$|-?Infinity$|-0$|D|n-?\d+$)/;

// Next.js's own limit for a Server Action body (its default `serverActions.bodySizeLimit`).
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

export type ActionBodyProblem = 'too_large' | 'malformed';

export const ACTION_BODY_REFUSALS: Record<
  ActionBodyProblem,
  { status: number; code: 'payload_too_large' | 'bad_request'; message: string }
> = {
  too_large: {
    status: 413,
    code: 'payload_too_large',
    message: 'The request is too large (at most 1 MB).',
  },
  malformed: {
    status: 400,
    code: 'bad_request',
    message: 'The request body is not a valid Server Action call.',
  },
};

/** A Server Action call: a POST with a Next-Action header. */
export function isServerActionCall(method: string, headers: Headers): boolean {
  return method === 'POST' && headers.has('next-action');
}

/** True when every string in the JSON value is plain or a self-contained marker. */
function hasOnlyPlainValues(value: unknown): boolean {
  if (typeof value === 'string') return !value.startsWith('$') || SELF_CONTAINED_MARKER.test(value);
  if (Array.isArray(value)) return value.every(hasOnlyPlainValues);
  if (value && typeof value === 'object') return Object.values(value).every(hasOnlyPlainValues);
  return true;
}

function isArgumentList(text: string): boolean {
  try {
    const args: unknown = JSON.parse(text);
    return Array.isArray(args) && hasOnlyPlainValues(args);
  } catch {
    return false;
  }
}

/** Why Next could not decode this Server Action call's body, or null when it can. */
export async function actionBodyProblem(request: Request): Promise<ActionBodyProblem | null> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > SERVER_ACTION_BODY_LIMIT) return 'too_large';
  const copy = request.clone();
  // A chunked body declares no length: measure it.
  const bytes = await copy.arrayBuffer();
  if (bytes.byteLength > SERVER_ACTION_BODY_LIMIT) return 'too_large';
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.startsWith('multipart/form-data'))
    return isArgumentList(new TextDecoder().decode(bytes)) ? null : 'malformed';
  try {
    const root = (
      await new Response(bytes, { headers: { 'content-type': contentType } }).formData()
    ).get('0');
    return typeof root === 'string' && isArgumentList(root) ? null : 'malformed';
  } catch {
    return 'malformed';
  }
}
