import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import type { SessionUser } from '@/lib/auth/session-user';
import { describeError, type ErrorBody } from '@/lib/error-body';
import { unauthenticated } from '@/lib/errors';
import { requestContext } from '@/lib/security/request-context';
import { recordId } from '@/lib/schemas/safe-text';
import { logSecurityEvent } from '@/lib/security/security-log';

export type ActionResult<T = undefined> = { ok: true; data: T } | ({ ok: false } & ErrorBody);

interface ActionContext<Input> {
  input: Input;
  user: SessionUser;
}

/** Signed-in caller, then input parsed with the schema, then the body; every error becomes a failed result. */
async function runAuthAction<T>(body: (user: SessionUser) => Promise<T>): Promise<ActionResult<T>> {
  let user: SessionUser | null = null;
  try {
    user = await getCurrentUser();
    if (!user) throw unauthenticated();
    return { ok: true, data: await body(user) };
  } catch (error) {
    unstable_rethrow(error);
    const described = describeError(error);
    if (described.status === 401 || described.status === 403)
      logSecurityEvent('access.refused', {
        status: described.status,
        reason: described.body.message,
        path: 'server action',
        userId: user?.id ?? null,
        ...(await requestContext()),
      });
    return { ok: false, ...described.body };
  }
}

/**
 * Server actions for signed-in users: `authActionClient.schema(Z).action(({ input, user }) => libCall(user, input))`.
 * The lib/ function the body calls checks the permission itself; the action only revalidates pages.
 */
export const authActionClient = {
  schema<S extends z.ZodType>(schema: S) {
    return {
      action<T>(body: (context: ActionContext<z.output<S>>) => Promise<T>) {
        return async (input: z.input<S>) =>
          runAuthAction((user) => body({ input: schema.parse(input), user }));
      },
      /** The same for an action on one record, its id passed first (the schema stays the API's). */
      recordAction<T>(body: (context: ActionContext<z.output<S>> & { id: string }) => Promise<T>) {
        return async (id: string, input: z.input<S>) =>
          runAuthAction((user) =>
            body({ id: recordId.parse(id), input: schema.parse(input), user }),
          );
      },
    };
  },
};
