import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { createUser } from '@/prisma/factories';

/** A fresh user of the role, as the session would present them. */
export async function actor(role: Role, name?: string): Promise<SessionUser> {
  const user = await createUser(db, { role, name });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function setQuorum(quorum: number) {
  await db.newsroomSettings.upsert({
    where: { id: 'newsroom' },
    create: { id: 'newsroom', reviewQuorum: quorum },
    update: { reviewQuorum: quorum },
  });
}
