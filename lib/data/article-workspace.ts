import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { formatDate } from '@/lib/format';
import { readArticleRecord } from '@/lib/data/articles';
import type { ClaimKind, ClaimState } from '@/lib/generated/prisma/enums';
import { splitStatement, type StatementParts } from '@/lib/statement-parts';
import { CLAIM_STATES } from '@/lib/workflow/states';

/**
 * A claim as the article page's client components use it: the list, the highlights, the merge bar
 * and the edit panels share this one list. Its words are `body.slice(start, end)` (not sent twice,
 * nor inside the statement), and a field that would be null is left out.
 */
export interface WorkspaceClaim {
  id: string;
  /** joinStatement(statement, words) gives the statement. */
  statement: StatementParts;
  start: number;
  end: number;
  speaker?: string;
  speakerRole?: string;
  cue?: string;
  kind: ClaimKind;
  /** Rounded to the two decimals shown. */
  checkworthiness: number;
  checkworthy: boolean;
  state: ClaimState;
  version: number;
  assignee?: string;
  /** The public fact-check page while a verdict on the claim is published. */
  publicPath?: string;
}

type ClaimRecord = Omit<
  WorkspaceClaim,
  'statement' | 'speaker' | 'speakerRole' | 'cue' | 'assignee' | 'publicPath'
> & {
  text: string;
  statement: string;
  speaker: string | null;
  speakerRole: string | null;
  cue: string | null;
  assignee: string | null;
  publicPath: string | null;
};

function compact({
  text,
  statement,
  speaker,
  speakerRole,
  cue,
  assignee,
  publicPath,
  ...claim
}: ClaimRecord) {
  const workspaceClaim: WorkspaceClaim = {
    ...claim,
    statement: splitStatement(statement, text),
    // As the row shows it (toFixed(2)), so 0.5700000000000001 goes as 0.57.
    checkworthiness: Number(claim.checkworthiness.toFixed(2)),
  };
  if (speaker !== null) workspaceClaim.speaker = speaker;
  if (speakerRole !== null) workspaceClaim.speakerRole = speakerRole;
  if (cue !== null) workspaceClaim.cue = cue;
  if (assignee !== null) workspaceClaim.assignee = assignee;
  if (publicPath !== null) workspaceClaim.publicPath = publicPath;
  return workspaceClaim;
}

/** The newsroom article page: the article, its claims (in text order) and their progress. */
export async function getArticleWorkspace(actor: SessionUser | null, articleId: string) {
  const user = assertCan(actor, 'articles.view');
  const [article, records] = await Promise.all([
    readArticleRecord(articleId),
    db.$queryRaw<ClaimRecord[]>`
      SELECT c.id, c.text, c.statement, c.start, c."end", c.speaker, c."speakerRole", c.cue,
             c.kind::text AS kind, c.checkworthiness, c.checkworthy, c.state::text AS state,
             c.version, u.name AS assignee,
             CASE WHEN EXISTS (
               SELECT 1 FROM "Publication" p WHERE p."claimId" = c.id AND p."withdrawnAt" IS NULL
             ) THEN '/claims/' || c.slug END AS "publicPath"
      FROM "Claim" c LEFT JOIN "User" u ON u.id = c."assigneeId"
      WHERE c."articleId" = ${articleId}
      ORDER BY c.start`,
  ]);
  const claims = records.map(compact);
  // The article's claims are all listed, so their states give its progress (no second count).
  const progress = Object.fromEntries(CLAIM_STATES.map((state) => [state, 0])) as Record<
    ClaimState,
    number
  >;
  for (const claim of claims) progress[claim.state] += 1;
  const { id, title, url, body, extraction, extractionError, outlet, byline, publishedAt } =
    article;
  return {
    article: { id, title, url, body, extraction, extractionError },
    claims,
    progress,
    byline: [outlet, byline, publishedAt && formatDate(publishedAt)].filter(Boolean).join(' · '),
    speakers: [...new Set(claims.flatMap((c) => (c.speaker ? [c.speaker] : [])))].sort(),
    // Claims are not added or merged by hand until the extraction job has saved its own.
    canEdit: can(user.role, 'claims.edit') && extraction === 'DONE',
  };
}
