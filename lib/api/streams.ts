import 'server-only';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';

const encoder = new TextEncoder();

async function* mapAsync<T, U>(rows: AsyncIterable<T>, map: (row: T) => U): AsyncGenerator<U> {
  for await (const row of rows) yield map(row);
}

function toWeb(readable: Readable): ReadableStream<Uint8Array> {
  return Readable.toWeb(readable) as ReadableStream<Uint8Array>;
}

/**
 * RFC 4180 CSV with a header row, written as rows are read (csv-stringify quotes what needs it);
 * `bom` starts the file with U+FEFF so that spreadsheets read it as UTF-8.
 */
export function csvStream<T, C extends string>(
  rows: AsyncIterable<T>,
  columns: readonly C[],
  toRecord: (row: T) => Record<C, string>,
  { bom = false } = {},
): ReadableStream<Uint8Array> {
  const csv = stringify({ header: true, columns: [...columns], bom, record_delimiter: 'windows' });
  const source = Readable.from(mapAsync(rows, toRecord));
  // pipe() does not pass a failure on: without this a bad row is an uncaught exception, not an
  // aborted response.
  source.on('error', (error) => csv.destroy(error));
  return toWeb(source.pipe(csv));
}

/** Newline-delimited JSON (JSON Lines): one value per line. */
export function jsonLinesStream<T>(
  rows: AsyncIterable<T>,
  toJson: (row: T) => unknown,
): ReadableStream<Uint8Array> {
  return toWeb(
    Readable.from(mapAsync(rows, (row) => encoder.encode(`${JSON.stringify(toJson(row))}\n`))),
  );
}

/** `{"<key>":[…]}`, the array written item by item. */
export function jsonArrayStream<T>(
  key: string,
  rows: AsyncIterable<T>,
  toJson: (row: T) => unknown,
): ReadableStream<Uint8Array> {
  async function* chunks() {
    yield encoder.encode(`{${JSON.stringify(key)}:[`);
    let first = true;
    for await (const row of rows) {
      yield encoder.encode(`${first ? '' : ','}${JSON.stringify(toJson(row))}`);
      first = false;
    }
    yield encoder.encode(']}');
  }
  return toWeb(Readable.from(chunks()));
}

export function attachment(filename: string): string {
  return `attachment; filename="${filename}"`;
}
