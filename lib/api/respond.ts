import 'server-only';
import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { HTTP_STATUS, isDomainError } from '@/lib/errors';

export function errorResponse(
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string>,
) {
  return NextResponse.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status });
}

/** Maps any thrown error to the API's JSON error shape; never leaks a stack trace. */
export function toErrorResponse(error: unknown) {
  if (isDomainError(error))
    return errorResponse(HTTP_STATUS[error.code], error.code, error.message, error.fields);
  if (error instanceof ZodError) {
    const fields = Object.fromEntries(
      error.issues.map((issue) => [issue.path.join('.') || '_', issue.message]),
    );
    return errorResponse(
      422,
      'invalid',
      'The request is not valid: ' +
        error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      fields,
    );
  }
  console.error(error);
  return errorResponse(500, 'internal', 'Something went wrong on our side; nothing was changed.');
}
