import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { newBlockId } from './newBlockId';

export const blockIdsKey = new PluginKey('blockIds');

/**
 * Keeps every numbered or referable block's id present and unique: a new heading, a pasted copy of a
 * table or a heading split in two gets a fresh id, while the block that already had the id (as the
 * edit maps it) keeps it, so references keep pointing where they did. Blocks moved by cut and paste
 * or drag keep theirs.
 */
export const BlockIds = Extension.create({
  name: 'blockIds',
  addProseMirrorPlugins() {
    return [blockIdsPlugin()];
  },
});

/** The plugin itself, for use without Tiptap. */
export function blockIdsPlugin(): Plugin {
  return new Plugin({
    key: blockIdsKey,
    appendTransaction: (transactions, oldState, newState) => {
      if (!transactions.some((tr) => tr.docChanged) || transactions.every(onlyTypesText)) return null;
      return assignBlockIds(newState.doc, newState.tr, oldState.doc, transactions);
    },
  });
}

/**
 * Sets the missing and duplicate ids of `doc` in `tr`; returns null when nothing needed it. With
 * `before` and the transactions that led from it, a duplicated id stays with the block whose
 * position the edit maps it to.
 */
export function assignBlockIds(
  doc: ProseMirrorNode,
  tr: Transaction,
  before?: ProseMirrorNode,
  transactions: readonly Transaction[] = [],
): Transaction | null {
  const seen = new Map<string, number>();
  const fix: { pos: number; id: string }[] = [];
  let keeperOf: Map<string, number> | null = null;
  const keeper = (id: string): number | undefined => {
    if (!before) return undefined;
    if (!keeperOf) {
      keeperOf = new Map();
      before.descendants((node, pos) => {
        if (typeof node.attrs.id === 'string' && node.attrs.id !== '') {
          let mapped: number | null = pos;
          for (const transaction of transactions) {
            const result = transaction.mapping.mapResult(mapped, 1);
            if (result.deleted) {
              mapped = null;
              break;
            }
            mapped = result.pos;
          }
          if (mapped !== null) keeperOf!.set(node.attrs.id, mapped);
        }
        return !node.isTextblock;
      });
    }
    return keeperOf.get(id);
  };

  doc.descendants((node, pos) => {
    if (node.isTextblock || node.isInline) {
      if (hasIdAttribute(node)) check(node, pos);
      return false;
    }
    if (hasIdAttribute(node)) check(node, pos);
    return true;
  });

  function check(node: ProseMirrorNode, pos: number): void {
    const id = node.attrs.id as string;
    if (id === '') {
      fix.push({ pos, id: newBlockId() });
      return;
    }
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, pos);
      return;
    }
    // Two blocks share the id: the one the edit mapped the old block to keeps it.
    const kept = keeper(id);
    if (kept === pos) {
      fix.push({ pos: first, id: newBlockId() });
      seen.set(id, pos);
    } else {
      fix.push({ pos, id: newBlockId() });
    }
  }

  if (fix.length === 0) return null;
  for (const { pos, id } of fix) tr.setNodeAttribute(pos, 'id', id);
  tr.setMeta('addToHistory', false);
  return tr;
}

function hasIdAttribute(node: ProseMirrorNode): boolean {
  return node.type.spec.attrs !== undefined && 'id' in node.type.spec.attrs && typeof node.attrs.id === 'string';
}

/**
 * Whether a transaction can neither add a block nor copy an id: every step replaces a range with
 * content that holds no block with an id (typing, deleting text, pasting plain words). Such edits,
 * nearly every keystroke, skip the walk over the document.
 */
function onlyTypesText(tr: Transaction): boolean {
  return tr.steps.every((step) => {
    if (!(step instanceof ReplaceStep)) return false;
    let carriesBlocks = false;
    step.slice.content.descendants((node) => {
      if (carriesBlocks) return false;
      if (hasIdAttribute(node) || (node.isBlock && step.slice.openStart === 0)) carriesBlocks = true;
      return !carriesBlocks;
    });
    return !carriesBlocks;
  });
}
