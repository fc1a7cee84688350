import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/prisma-client';
import type { Role } from '@/lib/generated/prisma/enums';
import { publishDemoVerdict } from './demo-verdict';
import { createArticle, createUser } from './factories';

export const DEMO_PASSWORD = 'factdesk-demo';

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'journalist@factdesk.test', name: 'Jordan Journalist', role: 'JOURNALIST' },
  { email: 'editor@factdesk.test', name: 'Emery Editor', role: 'EDITOR' },
  { email: 'admin@factdesk.test', name: 'Alex Admin', role: 'ADMIN' },
];

export const DEMO_ARTICLE = {
  title: 'Russia and Ukraine hold first direct peace talks in Istanbul since 2022',
  outlet: 'Demo wire',
  byline: 'Factdesk demo desk',
  file: path.join(__dirname, 'demo', 'istanbul-talks.txt'),
};

/**
 * Idempotent: adds whichever demo users, settings and article are missing. With publishVerdict the
 * new article's U.N. claim is taken through the workflow to a published verdict (needs DATABASE_URL
 * set to the same database and the react-server condition, see demo-verdict.ts).
 */
export async function seedDemoData(
  db: Db,
  options: { publishVerdict?: boolean } = {},
): Promise<{ created: string[] }> {
  const created: string[] = [];
  await db.newsroomSettings.upsert({
    where: { id: 'newsroom' },
    create: { id: 'newsroom' },
    update: {},
  });
  for (const user of DEMO_USERS) {
    if (await db.user.findUnique({ where: { email: user.email }, select: { id: true } })) continue;
    await createUser(db, { ...user, password: DEMO_PASSWORD });
    created.push(user.email);
  }
  if (
    !(await db.article.findFirst({ where: { title: DEMO_ARTICLE.title }, select: { id: true } }))
  ) {
    const journalist = await db.user.findUniqueOrThrow({
      where: { email: DEMO_USERS[0].email },
      select: { id: true },
    });
    const article = await createArticle(db, {
      createdById: journalist.id,
      title: DEMO_ARTICLE.title,
      outlet: DEMO_ARTICLE.outlet,
      byline: DEMO_ARTICLE.byline,
      body: readFileSync(DEMO_ARTICLE.file, 'utf8').trim(),
      publishedAt: new Date('2025-05-16T12:00:00Z'),
    });
    created.push('demo article');
    if (
      options.publishVerdict &&
      (await publishDemoVerdict(db, article.id, {
        journalist: DEMO_USERS[0].email,
        editor: DEMO_USERS[1].email,
      }))
    ) {
      created.push('one published verdict');
    }
  }
  return { created };
}
