import 'server-only';
import { ZodError } from 'zod';
import { HTTP_STATUS, isDomainError, type DomainErrorCode } from '@/lib/errors';

/** What a caller is told when something is refused or fails: the API's `error` object and a failed action's result. */
export interface ErrorBody {
  code: DomainErrorCode | 'internal';
  message: string;
  /** One message per input field; `_` for the input as a whole. */
  fields?: Record<string, string>;
}

function invalidInput(error: ZodError): ErrorBody {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys')
      for (const key of issue.keys)
        fields[[...issue.path, key].join('.')] ??= 'This field cannot be set here.';
    else fields[issue.path.join('.') || '_'] ??= issue.message;
  }
  const details = Object.entries(fields).map(([field, message]) =>
    field === '_' ? message : `${field}: ${message}`,
  );
  return { code: 'invalid', message: `The request is not valid: ${details.join('; ')}`, fields };
}

/** The one mapping of thrown errors (domain errors, zod validation, anything else) to an HTTP status and body. */
export function describeError(error: unknown): { status: number; body: ErrorBody } {
  if (isDomainError(error)) {
    const { code, message, fields } = error;
    return { status: HTTP_STATUS[code], body: { code, message, ...(fields ? { fields } : {}) } };
  }
  if (error instanceof ZodError) return { status: HTTP_STATUS.invalid, body: invalidInput(error) };
  console.error(error);
  return {
    status: 500,
    body: {
      code: 'internal',
      message: 'Something went wrong on our side; nothing was changed. Try again.',
    },
  };
}
