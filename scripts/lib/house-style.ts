/**
 * An article in the single-quote house style of many British and Australian outlets ('We won,' he said.):
 * every double quotation mark becomes the single mark of the same direction. Same length, so gold offsets
 * still hold; for checking that the engine reads either style the same.
 */
export function inSingleQuoteStyle(body: string): string {
  return body.replace(/[“”"]/g, (mark) => (mark === '“' ? '‘' : mark === '”' ? '’' : "'"));
}
