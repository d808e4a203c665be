import type { CommandProps } from '@tiptap/core';
import { history, undo } from '@tiptap/pm/history';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Plugin } from '@tiptap/pm/state';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { DocumentJson } from '../../shared/domain/project';
import type { FindOptions } from '../../shared/schema/findInDocument';
import { plainFind } from '../../shared/schema/findInDocument';
import { masterSchema } from '../../shared/schema/masterSchema';
import type { FindQuery } from '../../renderer/editor/find/findHighlight';
import { FindHighlight, findStateOf, highlightReach, matchLimit } from '../../renderer/editor/find/findHighlight';
import { generateCommonText } from '../support/commonTextGenerator';
import { doc, heading, note, paragraph } from '../support/documentBuilders';

const schema = masterSchema();
// The plugin and the commands of the extension, made as Tiptap makes them; the commands see only `editor.isEditable`.
const plugin = (FindHighlight.config.addProseMirrorPlugins as () => Plugin[]).call({})[0]!;
type FindCommands = Record<string, (...args: unknown[]) => (props: CommandProps) => boolean>;
const commandsOf = (editable: boolean): FindCommands =>
  (FindHighlight.config.addCommands as () => FindCommands).call({ editor: { isEditable: editable } });

const stateOf = (json: DocumentJson, cursor = 1) => {
  const state = EditorState.create({ doc: ProseMirrorNode.fromJSON(schema, json), plugins: [plugin, history()] });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, cursor)));
};

/** Runs a find command as Tiptap would, and gives the state after it (the same state if it refused). */
function run(state: EditorState, name: string, args: unknown[] = [], editable = true): EditorState {
  const commands = commandsOf(editable);
  const tr = state.tr;
  const props = {
    state,
    tr,
    dispatch: () => undefined,
    commands: { findNext: () => commands.findNext!()(props) },
  } as unknown as CommandProps;
  return commands[name]!(...args)(props) ? state.apply(tr) : state;
}

const query = (text: string, options: Partial<FindOptions> = {}): FindQuery => ({ text, options: { ...plainFind, ...options } });

/** The highlighted text, in document order, with "*" after the current match. */
const highlighted = (state: EditorState): string[] =>
  findStateOf(state)
    .decorations.find()
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .reduce<string[]>((shown, decoration) => {
      const text = state.doc.textBetween(decoration.from, decoration.to);
      const spec = decoration.spec as { findCurrent?: boolean };
      if (spec.findCurrent) shown[shown.length - 1] += '*';
      else shown.push(text);
      return shown;
    }, []);

const selected = (state: EditorState) => state.doc.textBetween(state.selection.from, state.selection.to);

const sample = () =>
  doc(
    heading(1, 'Directory services'),
    paragraph('The Directory holds entries. A directory.'),
    note('The Directory may be distributed.'),
    paragraph('The last Directory.'),
  );

describe('the find highlights in the editor', () => {
  it('highlights every match, and makes the first at or after the cursor current and selected', () => {
    const start = stateOf(sample(), 25);
    const state = run(start, 'setFindQuery', [query('directory')]);
    expect(findStateOf(state).matches).toHaveLength(5);
    expect(highlighted(state)).toEqual(['Directory', 'Directory*', 'directory', 'Directory', 'Directory']);
    expect(findStateOf(state).current).toBe(1);
    expect(selected(state)).toBe('Directory');
    expect(state.selection.from).toBe(findStateOf(state).matches[1]!.from);
  });

  it('steps forward and back through the matches, wrapping round at either end', () => {
    let state = run(stateOf(sample()), 'setFindQuery', [query('Directory', { caseSensitive: true })]);
    const currents = [findStateOf(state).current];
    for (let step = 0; step < 4; step += 1) {
      state = run(state, 'findNext');
      currents.push(findStateOf(state).current);
    }
    state = run(state, 'findPrevious');
    currents.push(findStateOf(state).current);
    expect(currents).toEqual([0, 1, 2, 3, 0, 3]);
    expect(highlighted(state)).toEqual(['Directory', 'Directory', 'Directory', 'Directory*']);
    // From a cursor put elsewhere, "next" goes to the first match after it.
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 5)));
    state = run(state, 'findNext');
    expect(findStateOf(state).current).toBe(1);
  });

  it('clears everything when the query is taken away', () => {
    let state = run(stateOf(sample()), 'setFindQuery', [query('Directory')]);
    state = run(state, 'setFindQuery', [null]);
    expect(findStateOf(state).matches).toEqual([]);
    expect(findStateOf(state).decorations.find()).toEqual([]);
  });

  it('says why an invalid regular expression finds nothing', () => {
    const state = run(stateOf(sample()), 'setFindQuery', [query('Direc(tory', { regularExpression: true })]);
    expect(findStateOf(state).error).toBe('The regular expression is not valid: unterminated group.');
    expect(findStateOf(state).matches).toEqual([]);
  });

  it('moves the highlights along while the text is edited, and finds again only when asked', () => {
    let state = run(stateOf(sample()), 'setFindQuery', [query('Directory', { caseSensitive: true })]);
    const paragraphStart = findStateOf(state).matches[1]!.from - 'The '.length;
    // Typing a new match: the old matches are mapped, the new one waits for the next search.
    state = state.apply(state.tr.insertText('Directory, ', paragraphStart));
    expect(findStateOf(state).stale).toBe(true);
    expect(findStateOf(state).matches).toHaveLength(4);
    expect(highlighted(state)).toEqual(['Directory*', 'Directory', 'Directory', 'Directory']);
    for (const match of findStateOf(state).matches) expect(state.doc.textBetween(match.from, match.to)).toBe('Directory');
    // Deleting a match drops it.
    const last = findStateOf(state).matches[3]!;
    state = state.apply(state.tr.delete(last.from, last.to));
    expect(findStateOf(state).matches).toHaveLength(3);
    // The next step searches again first, and so sees the typed one.
    state = run(state, 'findNext');
    expect(findStateOf(state).stale).toBe(false);
    expect(findStateOf(state).matches).toHaveLength(4);
    expect(selected(state)).toBe('Directory');
    expect(state.selection.from).toBe(paragraphStart);
  });

  it('highlights only the matches near the current one in a 300-page text, but counts them all', () => {
    const { doc: json } = generateCommonText({ pages: 300 });
    const start = stateOf(json);
    let state = run(start, 'setFindQuery', [query('Directory', { caseSensitive: true })]);
    const { matches, decorations, anchor } = findStateOf(state);
    expect(matches.length).toBeGreaterThan(1000);
    const shown = decorations.find();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(matches.length / 4);
    for (const decoration of shown) expect(Math.abs(decoration.from - anchor)).toBeLessThanOrEqual(highlightReach);
    // Every match within reach is highlighted.
    const nearby = matches.filter((match) => match.from >= anchor - highlightReach && match.from < anchor + highlightReach);
    expect(shown.filter((decoration) => !(decoration.spec as { findCurrent?: boolean }).findCurrent)).toHaveLength(nearby.length);
    // Going to a match far away takes the highlights with it.
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, Math.floor(state.doc.content.size * 0.8))));
    state = run(state, 'findNext');
    const far = findStateOf(state);
    expect(far.anchor).toBe(far.matches[far.current]!.from);
    expect(far.decorations.find(far.anchor, far.anchor + 10).length).toBeGreaterThan(0);
    expect(far.decorations.find(0, anchor + highlightReach)).toEqual([]);
  });

  it('stops counting at the limit and says so', () => {
    const { doc: json } = generateCommonText({ pages: 300 });
    const state = run(stateOf(json), 'setFindQuery', [query('e')]);
    expect(findStateOf(state).matches).toHaveLength(matchLimit);
    expect(findStateOf(state).limited).toBe(true);
  });

  it('replaces the current match and makes the next one current, so a replacement holding the query is not found again', () => {
    let state = run(stateOf(sample()), 'setFindQuery', [query('Directory', { caseSensitive: true })]);
    state = run(state, 'replaceCurrentMatch', ['Directory Directory']);
    expect(state.doc.child(0).textContent).toBe('Directory Directory services');
    expect(findStateOf(state).matches).toHaveLength(5);
    expect(findStateOf(state).current).toBe(2);
    expect(state.selection.from).toBe(findStateOf(state).matches[2]!.from);
  });

  it('replaces every match as one undo step', () => {
    let state = run(stateOf(sample()), 'setFindQuery', [query('directory')]);
    state = run(state, 'replaceAllMatches', ['register']);
    expect(state.doc.textContent).not.toMatch(/directory/i);
    expect(findStateOf(state).replaced).toBe(5);
    expect(findStateOf(state).matches).toEqual([]);
    undo(state, (tr) => (state = state.apply(tr)));
    expect(state.doc.textContent).toBe(stateOf(sample()).doc.textContent);
  });

  it('replaces nothing in a read-only master', () => {
    const state = run(stateOf(sample()), 'setFindQuery', [query('Directory')]);
    expect(run(state, 'replaceCurrentMatch', ['x'], false)).toBe(state);
    expect(run(state, 'replaceAllMatches', ['x'], false)).toBe(state);
  });
});
