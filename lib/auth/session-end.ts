import 'server-only';
import { db } from '@/lib/db';

/**
 * Sign-out: ends the user's sessions by bumping their session version, so a copy of the cookie
 * saved before sign-out is refused. Only a session that is still current can do this.
 */
export async function endSessionsAtSignOut(userId: string, sessionVersion: number): Promise<void> {
  await db.user.updateMany({
    where: { id: userId, sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
}
