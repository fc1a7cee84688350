import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { ZodError } from 'zod';
import { isDomainError } from '@/lib/errors';

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fields?: Record<string, string> };

/** Runs a server action body and maps domain and validation errors to a result the form can show. */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    unstable_rethrow(error);
    if (isDomainError(error))
      return { ok: false, code: error.code, message: error.message, fields: error.fields };
    if (error instanceof ZodError) {
      const fields = Object.fromEntries(
        error.issues.map((issue) => [issue.path.join('.'), issue.message]),
      );
      return { ok: false, code: 'invalid', message: 'Check the highlighted fields.', fields };
    }
    console.error(error);
    return {
      ok: false,
      code: 'internal',
      message: 'Something went wrong; nothing was changed. Try again.',
    };
  }
}
