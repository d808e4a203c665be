import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../renderer/editor/countWords';
import { masterJsonText, masterWordCount } from '../../renderer/editor/masterSerializer';
import { masterSchema } from '../../shared/schema/masterSchema';
import { generateCommonText } from '../support/commonTextGenerator';
import { everyBlock } from '../support/everyBlockText';

const load = (json: unknown) => ProseMirrorNode.fromJSON(masterSchema(), json);

describe('serializing a master for saving', () => {
  it('writes exactly what JSON.stringify(doc.toJSON()) writes, for every block type and for an empty text', () => {
    const doc = load(everyBlock());
    expect(masterJsonText(doc)).toBe(JSON.stringify(doc.toJSON()));
    const empty = masterSchema().nodes.doc!.create();
    expect(JSON.parse(masterJsonText(empty))).toEqual(empty.toJSON());
  });

  it('stays exact across edits, when most blocks come from the cache', () => {
    let state = EditorState.create({ doc: load(generateCommonText({ pages: 20 }).doc) });
    expect(masterJsonText(state.doc)).toBe(JSON.stringify(state.doc.toJSON()));
    state = state.apply(state.tr.insertText('Inserted words. ', 5));
    state = state.apply(state.tr.delete(200, 260));
    expect(masterJsonText(state.doc)).toBe(JSON.stringify(state.doc.toJSON()));
    expect(masterWordCount(state.doc)).toBe(
      state.doc.content.content.reduce((total, block) => total + countWords(block.textBetween(0, block.content.size, '\n', ' ')), 0),
    );
  });
});
