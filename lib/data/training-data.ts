import 'server-only';
import type { TrainingRecord } from '@/lib/extraction/checkworthiness/training-record';
import type { Db } from '@/lib/prisma-client';
import type { ClaimState, DismissReason } from '@/lib/generated/prisma/enums';

// States a claim reaches only after a journalist took it up for checking.
const CHECKED_STATES: ClaimState[] = ['VERIFYING', 'IN_REVIEW', 'APPROVED', 'PUBLISHED'];
// A duplicate says nothing about whether the words were worth checking.
const NOT_WORTH_CHECKING: DismissReason[] = ['OPINION', 'NOT_CHECKABLE', 'NOT_CHECK_WORTHY'];

interface EditEvent {
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

const field = (json: unknown, key: string): unknown =>
  json && typeof json === 'object' && key in json
    ? (json as Record<string, unknown>)[key]
    : undefined;

const asText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The journalists' decisions as training records, one per claim that carries a decision, in article and
 * text order. Check-worthiness label, by precedence: dismissed as opinion or not checkable → false;
 * taken to verification or beyond, or published → true; check-worthy flag set by hand → that flag; added
 * by hand → true. Span and speaker corrections (claim.edit audit events) are carried along, with no label
 * when nothing else was decided. Duplicates (merges) are no decision about the text. For the
 * `npm run export:training-data` operator script, which has database access and no session.
 */
export async function exportTrainingRecords(db: Db): Promise<TrainingRecord[]> {
  const events: EditEvent[] = await db.auditEvent.findMany({
    where: { entity: 'claim', action: { in: ['claim.edit', 'claim.add'] } },
    select: { entityId: true, action: true, before: true, after: true },
    orderBy: { id: 'asc' },
  });
  const addedByHand = new Set<string>();
  const flagEdited = new Set<string>();
  const spanFrom = new Map<string, string>();
  const speakerFrom = new Map<string, string | null>();
  for (const e of events) {
    if (e.action === 'claim.add' && field(e.after, 'splitFrom') === undefined)
      addedByHand.add(e.entityId);
    if (e.action !== 'claim.edit') continue;
    if (field(e.after, 'checkworthy') !== undefined) flagEdited.add(e.entityId);
    // The first correction's "before" is what the extractor (or the first editor) proposed.
    if (field(e.after, 'text') !== undefined && !spanFrom.has(e.entityId))
      spanFrom.set(e.entityId, asText(field(e.before, 'text')) ?? '');
    if (field(e.after, 'speaker') !== undefined && !speakerFrom.has(e.entityId))
      speakerFrom.set(e.entityId, asText(field(e.before, 'speaker')));
  }

  const claims = await db.claim.findMany({
    where: {
      OR: [
        { state: 'DISMISSED', dismissReason: { in: NOT_WORTH_CHECKING } },
        { state: { in: CHECKED_STATES } },
        { publications: { some: {} } },
        {
          id: {
            in: [
              ...new Set([
                ...addedByHand,
                ...flagEdited,
                ...spanFrom.keys(),
                ...speakerFrom.keys(),
              ]),
            ],
          },
        },
      ],
    },
    select: {
      id: true,
      articleId: true,
      text: true,
      speaker: true,
      speakerRole: true,
      sentenceStart: true,
      sentenceEnd: true,
      state: true,
      dismissReason: true,
      checkworthy: true,
      _count: { select: { publications: true } },
      article: { select: { body: true, createdAt: true } },
    },
  });
  claims.sort(
    (a, b) =>
      a.article.createdAt.getTime() - b.article.createdAt.getTime() ||
      a.articleId.localeCompare(b.articleId) ||
      a.sentenceStart - b.sentenceStart ||
      a.id.localeCompare(b.id),
  );

  return claims.flatMap((claim): TrainingRecord[] => {
    const decision = label(claim, addedByHand.has(claim.id), flagEdited.has(claim.id));
    const corrections: NonNullable<TrainingRecord['corrections']> = {};
    if (spanFrom.has(claim.id))
      corrections.span = { from: spanFrom.get(claim.id)!, to: claim.text };
    if (speakerFrom.has(claim.id))
      corrections.speaker = { from: speakerFrom.get(claim.id)!, to: claim.speaker };
    if (!decision && !corrections.span && !corrections.speaker) return [];
    return [
      {
        text: claim.text,
        checkworthy: decision?.checkworthy ?? null,
        reason: decision?.reason ?? 'corrected',
        sentence: claim.article.body.slice(claim.sentenceStart, claim.sentenceEnd) || null,
        speaker: claim.speaker,
        speakerRole: claim.speakerRole,
        ...(Object.keys(corrections).length ? { corrections } : {}),
        claimId: claim.id,
        articleId: claim.articleId,
      },
    ];
  });
}

function label(
  claim: {
    state: ClaimState;
    dismissReason: string | null;
    checkworthy: boolean;
    _count: { publications: number };
  },
  addedByHand: boolean,
  flagEdited: boolean,
): { checkworthy: boolean; reason: string } | null {
  if (claim.state === 'DISMISSED') {
    const reason = NOT_WORTH_CHECKING.find((r) => r === claim.dismissReason);
    return reason ? { checkworthy: false, reason: `dismissed_${reason.toLowerCase()}` } : null;
  }
  if (claim._count.publications > 0) return { checkworthy: true, reason: 'published' };
  if (CHECKED_STATES.includes(claim.state))
    return { checkworthy: true, reason: `state_${claim.state.toLowerCase()}` };
  if (flagEdited)
    return {
      checkworthy: claim.checkworthy,
      reason: claim.checkworthy ? 'marked_checkworthy' : 'marked_not_checkworthy',
    };
  if (addedByHand) return { checkworthy: true, reason: 'added_by_hand' };
  return null;
}
