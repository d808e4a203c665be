import { inlineNodeTypes } from '../documentModel';
import type { DocumentJson } from '../project';

/** The nodes of the model whose content is inline (text and inline nodes). */
const textblockTypes: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'annexHeading',
  'unnumberedHeading',
  'caption',
  'titlePart',
  'termName',
  'termDefinition',
  'abbreviation',
  'expansion',
  'referenceEntry',
  'codeBlock',
]);

const inlineTypes: ReadonlySet<string> = new Set(inlineNodeTypes);

/** Whether a node holds inline content; a type this version does not know counts by what it holds. */
export function isTextblock(node: DocumentJson): boolean {
  if (textblockTypes.has(node.type)) return true;
  const first = node.content?.[0];
  return first !== undefined && inlineTypes.has(first.type);
}

/** Whether a node stands inside a textblock. */
export function isInline(node: DocumentJson): boolean {
  return inlineTypes.has(node.type);
}
