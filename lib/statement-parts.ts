/**
 * A claim's statement as the article page sends it. Most statements contain the claim's words
 * ("Ana Lopez says " + words), which the page already has in the article body, so only what comes
 * before and after them is sent; a statement without them is sent whole.
 */
export type StatementParts = string | [before: string, after: string];

export function splitStatement(statement: string, text: string): StatementParts {
  const at = text ? statement.indexOf(text) : -1;
  return at < 0 ? statement : [statement.slice(0, at), statement.slice(at + text.length)];
}

export const joinStatement = (parts: StatementParts, text: string): string =>
  typeof parts === 'string' ? parts : `${parts[0]}${text}${parts[1]}`;
