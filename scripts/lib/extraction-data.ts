import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface GoldClaim {
  id: string;
  text: string;
  /** The sentence holding the claim (dev gold; hand-written fixtures have none). */
  sentence?: string;
  speaker: string | null;
  speaker_role: string | null;
  cue: string | null;
  checkworthy: boolean;
  kind: string;
  char_start: number;
  char_end: number;
}

export interface DevArticle {
  id: string;
  body: string;
  claims: GoldClaim[];
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The shared evaluation folder: $EXTRACTION_DATA_DIR or ../shared/extraction next to the repo. */
export function extractionDataDir(): string {
  return process.env.EXTRACTION_DATA_DIR ?? path.resolve(REPO_ROOT, '..', 'shared', 'extraction');
}

export class MissingDataError extends Error {}

/** The article body the engine sees: the file without its "# source:" line and the blank line after it. */
export function articleBody(file: string): string {
  return file.replace(/^# source:[^\n]*\n(?:\r?\n)?/, '');
}

export function loadDevSet(dir = extractionDataDir()): DevArticle[] {
  const articles = path.join(dir, 'dev', 'articles');
  const gold = path.join(dir, 'dev', 'gold');
  if (!existsSync(articles) || !statSync(articles).isDirectory() || !existsSync(gold)) {
    throw new MissingDataError(
      `extraction dev set not found at ${dir} (expected dev/articles and dev/gold); set EXTRACTION_DATA_DIR`,
    );
  }
  return readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      const goldFile = path.join(gold, `${id}.json`);
      if (!existsSync(goldFile))
        throw new MissingDataError(`gold file missing for article ${id}: ${goldFile}`);
      const body = articleBody(readFileSync(path.join(articles, f), 'utf8'));
      return { id, body, claims: JSON.parse(readFileSync(goldFile, 'utf8')).claims as GoldClaim[] };
    });
}
