import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MissingDataError } from './extraction-data';

export interface PolnearPiece {
  start: number;
  end: number;
  text: string;
}

export interface PolnearAttribution {
  source: PolnearPiece[] | null;
  cue: PolnearPiece[] | null;
  content: PolnearPiece[] | null;
}

export interface PolnearArticle {
  id: string;
  publisher: string;
  text: string;
  attributions: PolnearAttribution[];
}

export type PolnearSplit = 'train' | 'dev';

/** PolNeAR articles of one split from the shared folder (never copied into the repository). */
export function loadPolnear(dir: string, split: PolnearSplit): PolnearArticle[] {
  const file = path.join(dir, 'polnear', `${split}.jsonl`);
  if (!existsSync(file)) throw new MissingDataError(`PolNeAR ${split} split not found at ${file}`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as PolnearArticle);
}

/** One span from the first to the last piece. */
export function pieceSpan(pieces: PolnearPiece[]): { start: number; end: number } {
  return {
    start: Math.min(...pieces.map((p) => p.start)),
    end: Math.max(...pieces.map((p) => p.end)),
  };
}

export const piecesText = (pieces: PolnearPiece[]) => pieces.map((p) => p.text).join(' ');
