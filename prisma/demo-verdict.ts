// One published demo verdict, made through the real workflow service (audit trail included),
// so a fresh install shows the public site working. Needs the `react-server` condition
// (`tsx --conditions=react-server`), since it loads the server-only modules.
import type { Db } from '@/lib/prisma-client';
import type { SessionUser } from '@/lib/auth/session-user';

const SOURCE = {
  url: 'https://www.ohchr.org/en/countries/ukraine',
  title: 'OHCHR: Ukraine (UN Human Rights Monitoring Mission updates)',
  kind: 'PRIMARY_DOCUMENT',
  stance: 'SUPPORTS',
  note: 'The mission’s civilian-harm updates passed 12,000 civilians killed in late 2024.',
} as const;

const VERDICT = {
  rating: 'TRUE',
  summary: 'UN monitors had counted more than 12,000 civilians killed in Ukraine by late 2024.',
  explanation:
    'The UN Human Rights Monitoring Mission in Ukraine reported in late 2024 that more than 12,000 civilians had been killed since February 2022, and its later updates give higher totals, so “over 12,000” is accurate.\n\n(A demo verdict that ships with Factdesk’s sample data.)',
} as const;

async function sessionUser(db: Db, email: string): Promise<SessionUser> {
  const { id, name, role } = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, role: true },
  });
  return { id, email, name, role };
}

/** Takes the article's U.N. casualty claim from extraction to publication; returns false if the claim is not there. */
export async function publishDemoVerdict(
  db: Db,
  articleId: string,
  emails: { journalist: string; editor: string },
): Promise<boolean> {
  const claim = await db.claim.findFirst({
    where: { articleId, text: { contains: '12,000' }, state: 'EXTRACTED' },
    select: { id: true, version: true },
  });
  if (!claim) return false;
  const { transitionClaim, reviewClaim } = await import('@/lib/workflow/service');
  const { proposeVerdict } = await import('@/lib/data/evidence');
  const { addSource } = await import('@/lib/data/sources');
  const journalist = await sessionUser(db, emails.journalist);
  const editor = await sessionUser(db, emails.editor);
  let version = (
    await transitionClaim(journalist, claim.id, { to: 'SOURCING', version: claim.version })
  ).version;
  version = (await addSource(journalist, claim.id, { ...SOURCE, version })).version;
  version = (await transitionClaim(journalist, claim.id, { to: 'VERIFYING', version })).version;
  version = (await proposeVerdict(journalist, claim.id, { ...VERDICT, version })).version;
  version = (await transitionClaim(journalist, claim.id, { to: 'IN_REVIEW', version })).version;
  version = (await reviewClaim(editor, claim.id, { decision: 'approve', version })).version;
  await transitionClaim(editor, claim.id, { to: 'PUBLISHED', version });
  return true;
}
