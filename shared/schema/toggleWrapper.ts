import type { CommandProps } from '@tiptap/core';
import { insertBlock } from './insertBlock';

/**
 * A note, an example or a one-organization block around the selected paragraphs: lifts them out when
 * they are already in one, wraps them when they can be wrapped, and otherwise inserts a new empty one
 * after the current block.
 */
export function toggleWrapper(typeName: string, attrs: Record<string, unknown>, { state, dispatch, commands }: CommandProps): boolean {
  const type = state.schema.nodes[typeName];
  const paragraph = state.schema.nodes.paragraph;
  if (!type || !paragraph) return false;
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    if ($from.node(depth).type === type) return commands.lift(typeName);
  }
  if (commands.wrapIn(typeName, attrs)) return true;
  return insertBlock(state, dispatch, type.create(attrs, paragraph.create()));
}
