// Shared data for the article integration tests (not a test file itself).
import { findActiveUser } from '@/lib/auth/current-user';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { createUser } from '@/prisma/factories';

export const SAMPLE_BODY = `The city council approved a budget of $4.2 million on Tuesday, according to the mayor's office.

"We have cut crime by 20 percent since 2020," Mayor Ana Lopez said at a press conference. She added that unemployment fell to 3 percent last year.

Critics said the plan would cost taxpayers $12 billion over ten years.`;

let copies = 0;
/**
 * SAMPLE_BODY made distinct by a closing reference line (no claim in it): an import of the same text
 * answers with the article already saved, so tests that each need their own article use this.
 */
export function sampleBody(): string {
  copies += 1;
  return `${SAMPLE_BODY}\n\n(Copy ${process.pid}-${Date.now()}-${copies}.)`;
}

export async function actor(role: Role = 'JOURNALIST'): Promise<SessionUser> {
  const user = await createUser(db, { role });
  return (await findActiveUser(user.id))!;
}

export async function expectSpansConsistent(articleId: string) {
  const article = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { body: true, claims: { select: { text: true, start: true, end: true } } },
  });
  for (const claim of article.claims) {
    if (article.body.slice(claim.start, claim.end) !== claim.text) {
      throw new Error(
        `Claim text does not match its span ${claim.start}-${claim.end}: ${JSON.stringify(claim.text)}`,
      );
    }
  }
  return article;
}

export { longArticle } from '@/prisma/long-article-factory';
