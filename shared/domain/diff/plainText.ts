import type { DocumentJson } from '../project';
import { isInline, isTextblock } from './isTextblock';

/** One character for an inline node other than a hard break, as it takes one position. */
export const objectCharacter = '\uFFFC';

/**
 * Plain text of inline nodes or of blocks, for listing a change: text as it is, a hard break as a
 * newline, any other inline node as U+FFFC (so inline text keeps ProseMirror's offsets); blocks one
 * textblock to a line.
 */
export function plainText(nodes: readonly DocumentJson[]): string {
  const first = nodes[0];
  if (first && isInline(first)) return inlineText(nodes);
  return nodes.flatMap(blockLines).join('\n');
}

/** Plain text of inline nodes, one character per ProseMirror position: the importer strips typed labels by these offsets too. */
export function inlineText(nodes: readonly DocumentJson[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.text ?? '';
    else text += node.type === 'hardBreak' ? '\n' : objectCharacter;
  }
  return text;
}

function blockLines(node: DocumentJson): string[] {
  if (isTextblock(node)) return [inlineText(node.content ?? [])];
  return (node.content ?? []).flatMap(blockLines);
}
