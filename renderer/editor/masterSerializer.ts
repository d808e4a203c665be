import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocumentJson } from '../../shared/domain/project';
import { countWords } from './countWords';

// ProseMirror keeps every block an edit did not touch as the very same object in the next version of
// the document. Caching each top-level block's JSON text and word count by object makes a save of a
// 300-page master serialize only the blocks that changed since the last one.
const jsonOfBlock = new WeakMap<ProseMirrorNode, string>();
const wordsOfBlock = new WeakMap<ProseMirrorNode, number>();
const objectOfBlock = new WeakMap<ProseMirrorNode, DocumentJson>();

/** The master as ProseMirror JSON text, exactly JSON.stringify(doc.toJSON()). */
export function masterJsonText(doc: ProseMirrorNode): string {
  const blocks: string[] = [];
  doc.forEach((block) => {
    let json = jsonOfBlock.get(block);
    if (json === undefined) {
      // The same object the change marks' diff reads: a changed block is turned into JSON once.
      json = JSON.stringify(blockObject(block));
      jsonOfBlock.set(block, json);
    }
    blocks.push(json);
  });
  return blocks.length === 0 ? '{"type":"doc"}' : `{"type":"doc","content":[${blocks.join(',')}]}`;
}

/**
 * The master as ProseMirror JSON objects, each unchanged block the very same object as last time:
 * what the change marks' diff reads on every pause in typing.
 */
export function masterJson(doc: ProseMirrorNode): DocumentJson {
  const content: DocumentJson[] = [];
  doc.forEach((block) => content.push(blockObject(block)));
  return content.length === 0 ? { type: 'doc' } : { type: 'doc', content };
}

function blockObject(block: ProseMirrorNode): DocumentJson {
  let json = objectOfBlock.get(block);
  if (json === undefined) {
    json = block.toJSON() as DocumentJson;
    objectOfBlock.set(block, json);
  }
  return json;
}

/** The words of the master, counted block by block (a word never spans two blocks). */
export function masterWordCount(doc: ProseMirrorNode): number {
  let total = 0;
  doc.forEach((block) => {
    let words = wordsOfBlock.get(block);
    if (words === undefined) {
      words = countWords(block.textBetween(0, block.content.size, '\n', ' '));
      wordsOfBlock.set(block, words);
    }
    total += words;
  });
  return total;
}
