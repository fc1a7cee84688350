/** Training data for the check-worthiness model: ClaimBuster (shared, read in place) and newsroom JSONL exports. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { trainingRecordSchema } from '../../../lib/extraction/checkworthiness/training-record';
import { extractionDataDir, loadDevSet, MissingDataError } from '../extraction-data';

export interface ClaimbusterSentence {
  sentence_id: number;
  label: 0 | 1;
  text: string;
}

export interface LabelledText {
  text: string;
  /** The sentence the text was taken from, when known. */
  sentence?: string;
  label: 0 | 1;
  /** Sample weight in training; the trainer's `extraWeight` when absent. */
  weight?: number;
}

export function loadClaimbuster(dir = extractionDataDir()): ClaimbusterSentence[] {
  const file = path.join(dir, 'claimbuster', 'train.json');
  if (!existsSync(file))
    throw new MissingDataError(
      `ClaimBuster training file not found at ${file}; set EXTRACTION_DATA_DIR`,
    );
  const rows = JSON.parse(readFileSync(file, 'utf8')) as ClaimbusterSentence[];
  for (const row of rows)
    if (typeof row.text !== 'string' || (row.label !== 0 && row.label !== 1))
      throw new Error(`${file}: sentence ${row.sentence_id} has no text or a label other than 0/1`);
  return rows;
}

/** Reads an exported JSONL file; lines whose `checkworthy` is null carry no label and are counted as skipped. */
export function loadExtraFile(file: string): { examples: LabelledText[]; skipped: number } {
  if (!existsSync(file)) throw new Error(`training data file not found: ${file}`);
  const examples: LabelledText[] = [];
  let skipped = 0;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let parsed;
      try {
        parsed = trainingRecordSchema.safeParse(JSON.parse(line));
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
      if (!parsed.success)
        throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid record'}`);
      if (parsed.data.checkworthy === null) skipped++;
      else
        examples.push({
          text: parsed.data.text,
          sentence: parsed.data.sentence ?? undefined,
          label: parsed.data.checkworthy ? 1 : 0,
        });
    });
  return { examples, skipped };
}

/** Article texts of PolNeAR's training part (news, no check-worthiness labels). */
export function loadPolnearTrainTexts(dir = extractionDataDir()): string[] {
  const file = path.join(dir, 'polnear', 'train.jsonl');
  if (!existsSync(file))
    throw new MissingDataError(
      `PolNeAR training file not found at ${file}; set EXTRACTION_DATA_DIR`,
    );
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Weight of one dev-set gold claim against one ClaimBuster sentence (docs/extraction.md, "Dev gold"). */
export const DEFAULT_DEV_GOLD_WEIGHT = 30;

/**
 * The shared dev set's gold claims as labelled news examples (claim text, its sentence, the annotator's
 * check-worthiness), read in place; `except` leaves articles out for a held-out evaluation.
 */
export function loadDevGoldExamples(
  weight: number,
  except: readonly string[] = [],
  dir = extractionDataDir(),
): LabelledText[] {
  const unknown = except.filter((id) => !loadDevSet(dir).some((a) => a.id === id));
  if (unknown.length) throw new Error(`no dev article ${unknown.join(', ')} to leave out`);
  return loadDevSet(dir)
    .filter((article) => !except.includes(article.id))
    .flatMap((article) =>
      article.claims.map((claim) => ({
        text: claim.text,
        sentence: claim.sentence,
        label: claim.checkworthy ? (1 as const) : (0 as const),
        weight,
      })),
    );
}
