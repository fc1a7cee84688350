// Options and shape of the scale seed (scripts/db/seed-scale.ts): parsed and planned here, without a database.

export interface ScaleOptions {
  claims: number;
  /** Share of claims that end PUBLISHED with a publication (0..1). */
  publishedShare: number;
  /** Seeds the pseudo-random choices: the same seed and counts give the same rows. */
  seed: number;
  /** Add to a database that already has (scale or other) claims. */
  append: boolean;
  /** Day the generated dates are relative to (created in the year before it, due around it). */
  anchor: Date;
}

const USAGE =
  'usage: npm run db:seed:scale -- --claims N [--published-share 0.05] [--seed 42] [--append] [--anchor YYYY-MM-DD]';

function numberArg(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (raw === undefined || raw === '' || !Number.isFinite(value))
    throw new Error(`${name} needs a number. ${USAGE}`);
  return value;
}

export function parseScaleArgs(argv: string[], today = new Date()): ScaleOptions {
  const options: ScaleOptions = {
    claims: 0,
    publishedShare: 0.05,
    seed: 42,
    append: false,
    anchor: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())),
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const next = () => inline ?? argv[++i];
    if (flag === '--claims') options.claims = numberArg(flag, next());
    else if (flag === '--published-share') options.publishedShare = numberArg(flag, next());
    else if (flag === '--seed') options.seed = numberArg(flag, next());
    else if (flag === '--append') options.append = true;
    else if (flag === '--anchor') {
      const raw = next();
      const anchor = new Date(`${raw}T00:00:00Z`);
      if (!raw || Number.isNaN(anchor.getTime()))
        throw new Error(`--anchor needs a date. ${USAGE}`);
      options.anchor = anchor;
    } else throw new Error(`Unknown option ${argv[i]}. ${USAGE}`);
  }
  if (!Number.isInteger(options.claims) || options.claims < 1 || options.claims > 50_000_000)
    throw new Error(`--claims must be a whole number from 1 to 50,000,000. ${USAGE}`);
  if (!(options.publishedShare >= 0 && options.publishedShare <= 1))
    throw new Error(`--published-share must be between 0 and 1. ${USAGE}`);
  if (!Number.isInteger(options.seed)) throw new Error(`--seed must be a whole number. ${USAGE}`);
  return options;
}

export const CLAIMS_PER_ARTICLE = 50;
/** Claims of each "big" article, so the article page is exercised at that size. */
export const BIG_ARTICLE_CLAIMS = 1_000;
/** One big article per this many claims (10 at a million). */
export const CLAIMS_PER_BIG_ARTICLE = 100_000;
export const SPEAKERS = 500;

export interface ScalePlan {
  articles: number;
  bigArticles: number;
  /** Claims in the big articles; the rest are spread evenly over the others. */
  bigArticleClaims: number;
}

export function planScale(claims: number): ScalePlan {
  const articles = Math.max(1, Math.ceil(claims / CLAIMS_PER_ARTICLE));
  // Keep at least one ordinary article whenever there are claims left for it.
  const bigArticles = Math.min(Math.floor(claims / CLAIMS_PER_BIG_ARTICLE), articles - 1);
  return { articles, bigArticles, bigArticleClaims: bigArticles * BIG_ARTICLE_CLAIMS };
}

/**
 * Cumulative thresholds over [0,1) for the states of the claims that are not published: a draw
 * under the first bound is the first state, and so on. Published claims take the first
 * `publishedShare` of the range. Shares are a plausible newsroom backlog, not measured data.
 */
export const UNPUBLISHED_STATE_WEIGHTS = [
  ['EXTRACTED', 0.42],
  ['SOURCING', 0.12],
  ['VERIFYING', 0.12],
  ['IN_REVIEW', 0.06],
  ['APPROVED', 0.03],
  ['DISMISSED', 0.25],
] as const;

export function stateBounds(publishedShare: number): { state: string; upTo: number }[] {
  const total = UNPUBLISHED_STATE_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const bounds = [{ state: 'PUBLISHED', upTo: publishedShare }];
  let upTo = publishedShare;
  for (const [state, weight] of UNPUBLISHED_STATE_WEIGHTS) {
    upTo += ((1 - publishedShare) * weight) / total;
    bounds.push({ state, upTo });
  }
  bounds[bounds.length - 1].upTo = 1; // no rounding gap at the top
  return bounds;
}
