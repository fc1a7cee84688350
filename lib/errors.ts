// Typed domain errors: lib/ throws them; actions and route handlers map them to messages and HTTP codes.
export type DomainErrorCode =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invalid'
  | 'rate_limited';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'Sign in to continue.') =>
  new DomainError('unauthenticated', message);
export const forbiddenError = (message = 'You do not have permission to do that.') =>
  new DomainError('forbidden', message);
export const notFound = (what = 'Record') => new DomainError('not_found', `${what} not found.`);
export const conflict = (message: string) => new DomainError('conflict', message);
export const badRequest = (message: string) => new DomainError('bad_request', message);
export const invalid = (message: string, fields?: Record<string, string>) =>
  new DomainError('invalid', message, fields);

export const HTTP_STATUS: Record<DomainErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 422,
  rate_limited: 429,
};

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** A Prisma unique-constraint failure (P2002): someone else saved the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}
