// Maps a DOM selection inside the rendered article body back to offsets in the body string.
import { trimSpan } from './span-words';

/** Characters of the container's text before (node, offset); the container renders the body as text only. */
function offsetWithin(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The selected span of `body`, trimmed of surrounding whitespace, or null when the selection is not
 * inside the container.
 */
export function selectedSpan(
  container: HTMLElement,
  body: string,
): { start: number; end: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null;
  const span = trimSpan(
    body,
    offsetWithin(container, range.startContainer, range.startOffset),
    offsetWithin(container, range.endContainer, range.endOffset),
  );
  return span.end > span.start ? span : null;
}
