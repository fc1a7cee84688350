// Opaque URL-safe tokens (the public lists' cursors, search keys): a JSON value as base64url.

export const toBase64urlJson = (value: unknown): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

/** The JSON value in a token; undefined when the text is not base64url JSON. */
export function fromBase64urlJson(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
