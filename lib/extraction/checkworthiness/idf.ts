/**
 * Inverse document frequencies of the hashed n-gram features, measured by the trainer on its training texts
 * and shipped in model.json as one byte per dimension (idf × IDF_SCALE, rounded), so trainer and runtime
 * weight features with exactly the same numbers.
 */
import type { IdfTable, SparseVector } from './features';

export const IDF_SCALE = 20;

/** Smoothed idf = ln((N + 1) / (df + 1)) + 1, quantised; 0 where no training text has the feature. */
export function idfFromCounts(vectors: SparseVector[], dims: number): IdfTable {
  const df = new Uint32Array(dims);
  const seenIn = new Int32Array(dims).fill(-1);
  vectors.forEach((x, row) => {
    for (const key of x.index)
      if (seenIn[key] !== row) {
        seenIn[key] = row;
        df[key]++;
      }
  });
  const n = vectors.length;
  const idf = new Float32Array(dims);
  for (let k = 0; k < dims; k++)
    if (df[k]) idf[k] = Math.round((Math.log((n + 1) / (df[k] + 1)) + 1) * IDF_SCALE) / IDF_SCALE;
  return idf;
}

export function encodeIdf(idf: IdfTable): string {
  const bytes = new Uint8Array(idf.length);
  idf.forEach((v, k) => (bytes[k] = Math.min(255, Math.round(v * IDF_SCALE))));
  return Buffer.from(bytes).toString('base64');
}

export function decodeIdf(base64: string, dims: number): IdfTable {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== dims)
    throw new Error(`check-worthiness model: expected ${dims} idf values, found ${bytes.length}`);
  const idf = new Float32Array(dims);
  for (let k = 0; k < dims; k++) idf[k] = bytes[k] / IDF_SCALE;
  return idf;
}
