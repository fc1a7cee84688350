// Data for the API contract test (not a test file itself).
import { db } from '@/lib/db';
import { createArticle, createUser } from '@/prisma/factories';
import { addPublication, createPublishedClaim } from '@/prisma/publication-factory';

/** A published claim about `place` with one correction, so the public verdict has every part. */
export async function correctedVerdict(place: string) {
  const author = await createUser(db, { role: 'EDITOR' });
  const body = `The minister said unemployment fell to 3 percent in ${place} last year.`;
  const text = `unemployment fell to 3 percent in ${place} last year`;
  const article = await createArticle(db, { createdById: author.id, body, extract: false });
  const published = await createPublishedClaim(db, {
    articleId: article.id,
    text,
    start: body.indexOf(text),
    speaker: 'Ministry of Labour',
    rating: 'TRUE',
    summary: 'Official figures confirm it.',
    publishedById: author.id,
    publishedAt: new Date('2026-01-10T10:00:00Z'),
  });
  await addPublication(db, published.id, {
    claimText: text,
    speaker: 'Ministry of Labour',
    rating: 'MOSTLY_TRUE',
    summary: 'The rate was 3.4 percent.',
    publishedById: author.id,
    correctionNote: 'We misread the table.',
    publishedAt: new Date('2026-01-12T10:00:00Z'),
  });
  return published;
}
