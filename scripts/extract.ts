/**
 * Claim extraction CLI: `npm run -s extract -- FILE` (or `-` for stdin) prints {"claims": [...]} as JSON.
 * Bad input (missing file, directory, binary data, empty text) gives one message on stderr and exit code 1.
 */
import { readFileSync, statSync } from 'node:fs';
import { extractClaims } from '../lib/extraction';

class InputError extends Error {}

function readInput(arg: string | undefined): Buffer {
  if (!arg) throw new InputError('usage: extract FILE (or - for stdin)');
  if (arg === '-') return readFileSync(0);
  let stats;
  try {
    stats = statSync(arg);
  } catch {
    throw new InputError(`cannot read ${arg}: no such file`);
  }
  if (stats.isDirectory()) throw new InputError(`cannot read ${arg}: it is a directory`);
  try {
    return readFileSync(arg);
  } catch (error) {
    throw new InputError(`cannot read ${arg}: ${(error as Error).message}`);
  }
}

function decodeText(bytes: Buffer, name: string): string {
  if (bytes.includes(0))
    throw new InputError(`${name} looks like binary data (NUL bytes); expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not valid UTF-8 text`);
  }
  if (text.trim() === '') throw new InputError(`${name} is empty: no text to extract claims from`);
  return text;
}

function main(): void {
  const arg = process.argv[2];
  try {
    const text = decodeText(readInput(arg), arg === '-' ? 'stdin' : (arg ?? 'input'));
    process.stdout.write(`${JSON.stringify({ claims: extractClaims(text) }, null, 2)}\n`);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`extract: ${error.message}\n`);
    process.exitCode = 1;
  }
}

main();
