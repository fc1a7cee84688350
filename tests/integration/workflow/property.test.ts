import fc from 'fast-check';
import { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { proposeVerdict } from '@/lib/data/evidence';
import { addSource } from '@/lib/data/sources';
import { isDomainError } from '@/lib/errors';
import type { ClaimState } from '@/lib/generated/prisma/enums';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { withdrawPublication } from '@/lib/workflow/withdraw';
import { CLAIM_STATES, findMove, movesFrom } from '@/lib/workflow/states';
import { createArticle } from '@/prisma/factories';
import { actor, setQuorum } from '../../support/actors';

type Action =
  | {
      kind: 'move';
      who: number;
      to: ClaimState;
      withNote: boolean;
      withReason: boolean;
      stale: boolean;
    }
  | { kind: 'advance'; who: number; pick: number; withNote: boolean; stale: boolean }
  | { kind: 'review'; who: number; approve: boolean; withNote: boolean; stale: boolean }
  | { kind: 'source'; who: number; stale: boolean }
  | { kind: 'verdict'; who: number; stale: boolean }
  | { kind: 'withdraw'; who: number; stale: boolean };

const who = fc.integer({ min: 0, max: 5 });
// About one action in seven uses a stale version. Every choice comes from fast-check, so a seed replays a run.
const stale = fc.oneof(
  { weight: 17, arbitrary: fc.constant(false) },
  { weight: 3, arbitrary: fc.constant(true) },
);
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      who,
      pick: fc.nat(),
      withNote: fc.boolean(),
      stale,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      who,
      to: fc.constantFrom(...CLAIM_STATES),
      withNote: fc.boolean(),
      withReason: fc.boolean(),
      stale,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('review' as const),
      who,
      approve: fc.boolean(),
      withNote: fc.boolean(),
      stale,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('source' as const), who, stale }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('verdict' as const), who, stale }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), who, stale }) },
);

const quorumArb = fc.integer({ min: 1, max: 3 });
const actionsArb = fc.array(actionArb, { minLength: 20, maxLength: 80, size: 'max' });
// A fixed seed keeps CI deterministic; set PROPERTY_SEED to explore other sequences.
const seed = Number(process.env.PROPERTY_SEED ?? 20261126);

let people: SessionUser[];

beforeAll(async () => {
  people = [
    await actor('JOURNALIST'),
    await actor('JOURNALIST'),
    await actor('EDITOR'),
    await actor('EDITOR'),
    await actor('EDITOR'),
    await actor('ADMIN'),
  ];
});
afterAll(() => setQuorum(1));

async function apply(claimId: string, action: Action) {
  const user = people[action.who];
  const current = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { version: true, state: true },
  });
  const version = action.stale ? current.version - 1 || 1 : current.version;
  switch (action.kind) {
    case 'advance': {
      // One of the legal next states, so random runs get deep into the workflow.
      const options = movesFrom(current.state);
      if (!options.length) return;
      const to = options[action.pick % options.length].to;
      return transitionClaim(user, claimId, {
        to,
        version,
        note: action.withNote ? 'Because.' : undefined,
        reason: 'DUPLICATE',
      });
    }
    case 'move':
      return transitionClaim(user, claimId, {
        to: action.to,
        version,
        note: action.withNote ? 'Because.' : undefined,
        reason: action.withReason ? 'OPINION' : undefined,
      });
    case 'review':
      return reviewClaim(user, claimId, {
        decision: action.approve ? 'approve' : 'request_changes',
        note: action.withNote ? 'Check it.' : undefined,
        version,
      });
    case 'source':
      return addSource(user, claimId, {
        version,
        url: 'https://example.org/doc',
        title: 'Doc',
        kind: 'DATASET',
        stance: 'SUPPORTS',
      });
    case 'withdraw':
      return withdrawPublication(user, claimId, { version, note: 'Withdrawn pending review.' });
    case 'verdict':
      return proposeVerdict(user, claimId, {
        version,
        rating: 'FALSE',
        summary: 'Not so.',
        explanation: 'The data says otherwise.',
      });
  }
}

/** Replays the claim's audit trail: every state change must be a legal move from the state before it. */
async function replay(claimId: string, quorum: number): Promise<ClaimState> {
  const events = await db.auditEvent.findMany({
    where: { entity: 'claim', entityId: claimId },
    orderBy: { id: 'asc' },
  });
  let state: ClaimState = 'EXTRACTED';
  for (const event of events) {
    const before = event.before as { state?: ClaimState } | null;
    const after = event.after as { state?: ClaimState; approvals?: number } | null;
    if (!after?.state) continue;
    expect(before?.state).toBe(state);
    if (event.action === 'claim.approve') {
      expect([state, after.state]).toEqual(['IN_REVIEW', 'APPROVED']);
      expect(after.approvals).toBeGreaterThanOrEqual(quorum);
    } else if (event.action === 'claim.approval_recorded') {
      expect([state, after.state]).toEqual(['IN_REVIEW', 'IN_REVIEW']);
    } else {
      expect(
        findMove(state, after.state),
        `${event.action}: ${state} -> ${after.state}`,
      ).toBeDefined();
    }
    state = after.state;
  }
  return state;
}

describe('workflow property: random actions by random roles', () => {
  it('draws the same runs from the same seed', () => {
    const draw = () => fc.sample(fc.tuple(quorumArb, actionsArb), { seed, numRuns: 40 });
    expect(draw()).toEqual(draw());
  });

  it('never reaches a state by an illegal move; published verdicts had a quorum; the audit trail replays to the state', async () => {
    const reached = new Set<ClaimState>();
    await fc.assert(
      fc.asyncProperty(quorumArb, actionsArb, async (quorum, actions) => {
        await setQuorum(quorum);
        const article = await createArticle(db, {
          createdById: people[0].id,
          body: 'Inflation reached 9.1 percent in June, the statistics office said.',
        });
        const claimId = article.claims[0].id;
        for (const action of actions) {
          let refusal: string | null = null;
          try {
            await apply(claimId, action);
          } catch (error) {
            if (!isDomainError(error) && !(error instanceof ZodError)) throw error;
            refusal = (error as Error).message.slice(0, 100);
          }
          // DEBUG_PROPERTY=1 prints each step, e.g. to check that two runs with one seed match.
          if (process.env.DEBUG_PROPERTY) {
            const now = await db.claim.findUniqueOrThrow({
              where: { id: claimId },
              select: { state: true, version: true },
            });
            console.log(
              `q${quorum} ${JSON.stringify(action)} -> ${refusal ?? 'ok'} | ${now.state} v${now.version}`,
            );
          }
        }
        const claim = await db.claim.findUniqueOrThrow({
          where: { id: claimId },
          select: { state: true },
        });
        expect(await replay(claimId, quorum)).toBe(claim.state);
        for (const event of await db.auditEvent.findMany({
          where: { entityId: claimId },
          select: { after: true },
        })) {
          const state = (event.after as { state?: ClaimState } | null)?.state;
          if (state) reached.add(state);
        }
        for (const publication of await db.publication.findMany({ where: { claimId } })) {
          expect(publication.approvedBy.length).toBeGreaterThanOrEqual(quorum);
        }
        // A claim in PUBLISHED always has a verdict readers can see.
        if (claim.state === 'PUBLISHED')
          expect(
            await db.publication.count({ where: { claimId, withdrawnAt: null } }),
          ).toBeGreaterThan(0);
      }),
      { numRuns: 40, seed },
    );
    // The runs must exercise the whole workflow, or the invariants above prove little.
    expect([...reached].sort()).toEqual(
      [...CLAIM_STATES].filter((s) => s !== 'EXTRACTED' || reached.has(s)).sort(),
    );
  }, 180_000); // 40 runs of up to 80 database actions: about a minute on 2 busy cores
});
