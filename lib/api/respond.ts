import 'server-only';
import { NextResponse } from 'next/server';
import { describeError } from '@/lib/error-body';

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
  const { status, body } = describeError(error);
  return errorResponse(status, body.code, body.message, body.fields);
}
