import type { DocumentJson } from '../project';
import type { TreeAdapter } from './treeAdapter';

const noAttributes: Readonly<Record<string, unknown>> = Object.freeze({});
const noChildren: readonly DocumentJson[] = Object.freeze([]);

/** Reads a document stored as ProseMirror JSON. */
export const documentJsonAdapter: TreeAdapter<DocumentJson> = {
  type: (node) => node.type,
  attrs: (node) => node.attrs ?? noAttributes,
  children: (node) => node.content ?? noChildren,
  text: (node) => textOf(node),
};

function textOf(node: DocumentJson): string {
  if (node.text !== undefined) return node.text;
  if (!node.content) return '';
  let text = '';
  for (const child of node.content) text += textOf(child);
  return text;
}
