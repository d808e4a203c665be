import { history, undo, undoDepth } from '@tiptap/pm/history';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { DocumentJson } from '../../shared/domain/project';
import type { FindMatch, FindOptions, FindResult } from '../../shared/schema/findInDocument';
import { findInDocument, plainFind } from '../../shared/schema/findInDocument';
import { masterSchema } from '../../shared/schema/masterSchema';
import { replaceAll, replaceMatch } from '../../shared/schema/replaceInDocument';
import { generateCommonText } from '../support/commonTextGenerator';
import {
  abbreviation,
  codeBlock,
  crossReference,
  doc,
  figure,
  footnote,
  hardBreak,
  heading,
  note,
  paragraph,
  table,
  term,
  titleBlock,
} from '../support/documentBuilders';

const schema = masterSchema();
const load = (json: DocumentJson): ProseMirrorNode => {
  const node = ProseMirrorNode.fromJSON(schema, json);
  node.check();
  return node;
};
const stateOf = (json: DocumentJson) => EditorState.create({ doc: load(json), plugins: [history()] });

const options = (overrides: Partial<FindOptions> = {}): FindOptions => ({ ...plainFind, ...overrides });

const matchesOf = (result: FindResult): readonly FindMatch[] => {
  if (!result.ok) throw new Error(result.error);
  return result.matches;
};

/** The text of each match, read back from the document by its positions. */
const found = (node: ProseMirrorNode, query: string, overrides: Partial<FindOptions> = {}): string[] =>
  matchesOf(findInDocument(node, query, options(overrides))).map((match) => node.textBetween(match.from, match.to));

/** The text of each block, one string per textblock, for comparing documents after a replacement. */
const blockTexts = (node: ProseMirrorNode): string[] => {
  const texts: string[] = [];
  node.descendants((child) => {
    if (!child.isTextblock) return true;
    texts.push(child.textContent);
    return false;
  });
  return texts;
};

describe('finding text in a master', () => {
  it('finds every occurrence in every kind of textblock, in document order, as positions', () => {
    const node = load(
      doc(
        titleBlock('The Directory', 'Models'),
        heading(1, 'Directory services'),
        paragraph('The Directory holds entries. Directory, again.'),
        note('A note about the Directory.'),
        table('Directory attributes', [
          ['Name', 'Directory use'],
          ['cn', 'in the Directory'],
        ]),
        figure('The Directory model'),
        codeBlock('DirectoryName ::= SEQUENCE {}'),
        term('Directory', 'A collection of open systems.'),
        abbreviation('DIB', 'Directory Information Base'),
      ),
    );
    const matches = matchesOf(findInDocument(node, 'Directory', options({ caseSensitive: true })));
    expect(matches.map((match) => node.textBetween(match.from, match.to))).toEqual(Array(12).fill('Directory'));
    // In order, and each one the exact range of its characters.
    for (let index = 1; index < matches.length; index += 1) expect(matches[index]!.from).toBeGreaterThan(matches[index - 1]!.to - 1);
    const first = matches[0]!;
    expect(node.resolve(first.from).parent.type.name).toBe('titlePart');
    expect(first.to - first.from).toBe('Directory'.length);
  });

  it('finds nothing for an empty query, and says "no results" as an empty list', () => {
    const node = load(doc(paragraph('Some text.')));
    expect(findInDocument(node, '', plainFind)).toEqual({ ok: true, matches: [], limited: false });
    expect(found(node, 'absent')).toEqual([]);
  });

  it('ignores case unless asked to match it, also in Cyrillic and Greek', () => {
    const node = load(doc(paragraph('Directory directory DIRECTORY. Справочник СПРАВОЧНИК. Κατάλογος ΚΑΤΆΛΟΓΟΣ όρος ΌΡΟΣ')));
    expect(found(node, 'directory')).toEqual(['Directory', 'directory', 'DIRECTORY']);
    expect(found(node, 'directory', { caseSensitive: true })).toEqual(['directory']);
    expect(found(node, 'справочник')).toEqual(['Справочник', 'СПРАВОЧНИК']);
    expect(found(node, 'справочник', { caseSensitive: true })).toEqual([]);
    // The final sigma and the capital sigma are the same letter when case is ignored.
    expect(found(node, 'όρος')).toEqual(['όρος', 'ΌΡΟΣ']);
  });

  it('keeps to whole words when asked, in Latin, Cyrillic, Greek and Arabic text', () => {
    const node = load(
      doc(
        paragraph('entry entries subentry entry_1 entry, (entry) entry2 x-entry'),
        paragraph('запись записи подзапись запись.'),
        paragraph('όρος όροι συνόρος όρος;'),
        paragraph('دليل الدليل دليل'),
      ),
    );
    expect(found(node, 'entry', { wholeWord: true })).toEqual(['entry', 'entry', 'entry', 'entry']);
    expect(found(node, 'entry')).toHaveLength(7);
    expect(found(node, 'запись', { wholeWord: true })).toEqual(['запись', 'запись']);
    expect(found(node, 'όρος', { wholeWord: true })).toEqual(['όρος', 'όρος']);
    expect(found(node, 'دليل', { wholeWord: true })).toEqual(['دليل', 'دليل']);
    // A query that begins or ends with a space or a sign is not held to a word's edge on that side.
    expect(found(node, ' entries', { wholeWord: true })).toEqual([' entries']);
  });

  it('finds a whole word after a part-word match of a pattern that might have matched further on', () => {
    const node = load(doc(paragraph('concatenate cat category cat.')));
    expect(found(node, 'cat', { wholeWord: true }).length).toBe(2);
    expect(found(node, 'cat\\w*', { wholeWord: true, regularExpression: true })).toEqual(['cat', 'category', 'cat']);
  });

  it('never finds a match across two blocks, nor across a cross-reference, footnote or line break', () => {
    const node = load(
      doc(
        paragraph('end of one'),
        paragraph('block here'),
        paragraph('see', crossReference('h-1'), 'clause'),
        paragraph('text', footnote('A footnote.'), 'more'),
        paragraph('line', hardBreak(), 'break'),
      ),
    );
    expect(found(node, 'oneblock')).toEqual([]);
    expect(found(node, 'one\\s*block', { regularExpression: true })).toEqual([]);
    expect(found(node, 'seeclause')).toEqual([]);
    expect(found(node, 'textmore')).toEqual([]);
    expect(found(node, 'linebreak')).toEqual([]);
    // The text after an atom is found at its true position.
    const matches = matchesOf(findInDocument(node, 'clause', plainFind));
    expect(node.textBetween(matches[0]!.from, matches[0]!.to)).toBe('clause');
    expect(node.nodeAt(matches[0]!.from - 1)?.type.name).toBe('crossReference');
  });

  it('finds text that runs across differently formatted pieces of one block', () => {
    const node = load(doc(paragraph({ type: 'text', text: 'Dir', marks: [{ type: 'bold' }] }, 'ectory')));
    expect(found(node, 'Directory')).toEqual(['Directory']);
  });

  it('reads the query as a regular expression when asked, with ^ and $ at the edges of each block and code line', () => {
    const node = load(doc(paragraph('X.500 and X.501 and X-502 and X5000'), codeBlock('first ::= INTEGER\nsecond ::= BOOLEAN')));
    expect(found(node, 'X.500')).toEqual(['X.500']);
    expect(found(node, 'X.50\\d', { regularExpression: true })).toEqual(['X.500', 'X.501', 'X-502']);
    expect(found(node, 'X\\.50\\d', { regularExpression: true })).toEqual(['X.500', 'X.501']);
    expect(found(node, '^\\w+', { regularExpression: true })).toEqual(['X', 'first', 'second']);
    expect(found(node, '\\w+$', { regularExpression: true })).toEqual(['X5000', 'INTEGER', 'BOOLEAN']);
    // Without the regular expression option, the signs are plain text.
    expect(found(node, '^\\w+')).toEqual([]);
    expect(found(node, '\\p{Lu}+', { regularExpression: true, caseSensitive: true })).toEqual(['X', 'X', 'X', 'X', 'INTEGER', 'BOOLEAN']);
  });

  it('gives a clear error for an invalid regular expression, and does not throw', () => {
    const node = load(doc(paragraph('(a) [b]')));
    for (const pattern of ['(', '[b', 'a{2,1}', '*']) {
      const result = findInDocument(node, pattern, options({ regularExpression: true }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/^The regular expression is not valid: \S.*\.$/);
    }
    const unterminated = findInDocument(node, '(', options({ regularExpression: true }));
    expect(unterminated).toEqual({ ok: false, error: 'The regular expression is not valid: unterminated group.' });
    // The same text is fine as plain text.
    expect(found(node, '(')).toEqual(['(']);
    expect(found(node, '[b')).toEqual(['[b']);
  });

  it('takes a pattern that is valid only outside Unicode mode as written', () => {
    const node = load(doc(paragraph('a-b')));
    expect(found(node, 'a\\-b', { regularExpression: true })).toEqual(['a-b']);
  });

  it('does not loop on a pattern that matches the empty string, and skips the empty matches', () => {
    const node = load(doc(paragraph('aa b aaa'), paragraph(''), paragraph('ccc')));
    expect(found(node, 'a*', { regularExpression: true })).toEqual(['aa', 'aaa']);
    expect(found(node, '^', { regularExpression: true })).toEqual([]);
    expect(found(node, '(?:)', { regularExpression: true })).toEqual([]);
    expect(found(node, '\\b', { regularExpression: true, wholeWord: true })).toEqual([]);
  });

  it('steps over an empty match by a whole character, never splitting a surrogate pair', () => {
    const node = load(doc(paragraph('𝔸x𝔸')));
    expect(found(node, 'x?', { regularExpression: true })).toEqual(['x']);
    expect(found(node, '𝔸', { wholeWord: true })).toEqual([]);
    expect(found(node, '𝔸x𝔸', { wholeWord: true })).toEqual(['𝔸x𝔸']);
  });

  it('stops at a limit and says so', () => {
    const node = load(doc(paragraph('a a a a a')));
    const limited = findInDocument(node, 'a', plainFind, { limit: 3 });
    expect(limited.ok && limited.matches.length).toBe(3);
    expect(limited.ok && limited.limited).toBe(true);
    const exact = findInDocument(node, 'a', plainFind, { limit: 5 });
    expect(exact.ok && exact.limited).toBe(false);
  });

  it('counts a known word in the 300-page text as a plain count over its JSON does', () => {
    const { doc: json } = generateCommonText({ pages: 300 });
    const node = load(json);
    // The same text read straight from the JSON: one string per run of text between inline atoms, per block.
    const runs: string[] = [];
    const walk = (entry: DocumentJson): void => {
      const children = entry.content ?? [];
      if (children.some((child) => child.type === 'text') || children.length === 0) {
        let run = '';
        for (const child of children) {
          if (child.type === 'text') run += child.text ?? '';
          else {
            runs.push(run);
            run = '';
          }
        }
        runs.push(run);
        return;
      }
      children.forEach(walk);
    };
    walk(json);
    const plainCount = (word: string) =>
      runs.reduce((total, run) => {
        let count = 0;
        for (let at = run.indexOf(word); at !== -1; at = run.indexOf(word, at + word.length)) count += 1;
        return total + count;
      }, 0);
    const wordCount = (word: string) =>
      runs.reduce(
        (total, run) =>
          total +
          run
            .toLowerCase()
            .split(/[^\p{L}\p{M}\p{N}_]+/u)
            .filter((token) => token === word).length,
        0,
      );

    const directory = matchesOf(findInDocument(node, 'Directory', options({ caseSensitive: true })));
    expect(plainCount('Directory')).toBeGreaterThan(1000);
    expect(directory.length).toBe(plainCount('Directory'));
    const entry = matchesOf(findInDocument(node, 'entry', options({ wholeWord: true })));
    expect(wordCount('entry')).toBeGreaterThan(100);
    expect(entry.length).toBe(wordCount('entry'));
    // Whole word finds fewer than the bare letters, which also occur inside longer words ("otherwise", "Authentication").
    expect(matchesOf(findInDocument(node, 'the', plainFind)).length).toBeGreaterThan(
      matchesOf(findInDocument(node, 'the', options({ wholeWord: true }))).length,
    );
  });
});

describe('replacing text in a master', () => {
  it('replaces one match, keeping the marks of its first character, as one undo step', () => {
    let state = stateOf(doc(paragraph('The ', { type: 'text', text: 'Direc', marks: [{ type: 'bold' }] }, 'tory and the Directory.')));
    const [first] = matchesOf(findInDocument(state.doc, 'Directory', plainFind));
    state = state.apply(replaceMatch(state.tr, first!, 'DIT', plainFind));
    expect(state.doc.textContent).toBe('The DIT and the Directory.');
    const replaced = state.doc.nodeAt(first!.from)!;
    expect(replaced.text).toBe('DIT');
    expect(replaced.marks.map((mark) => mark.type.name)).toEqual(['bold']);
    expect(undoDepth(state)).toBe(1);
    undo(state, (tr) => (state = state.apply(tr)));
    expect(state.doc.textContent).toBe('The Directory and the Directory.');
  });

  it('replaces every match in one transaction that one undo takes back whole', () => {
    const original = doc(
      heading(1, 'Directory services'),
      paragraph('The directory holds entries.', footnote('The Directory.'), ' A DIRECTORY.'),
      table('Directory names', [['Directory'], ['x']]),
    );
    let state = stateOf(original);
    // Typing a moment before, next to the last match (the first one replaced): it must still not merge into the typing's undo step.
    const [cellX] = matchesOf(findInDocument(state.doc, 'x', plainFind));
    state = state.apply(state.tr.insertText(' directory', cellX!.to));
    const typed = blockTexts(state.doc);
    const result = replaceAll(state.tr, 'directory', plainFind, 'Register');
    expect(result.ok && result.count).toBe(6);
    if (!result.ok) return;
    state = state.apply(result.transaction);
    expect(blockTexts(state.doc)).toEqual([
      'Register services',
      'The Register holds entries. A Register.',
      'Register names',
      'Register',
      'x Register',
    ]);
    expect(undoDepth(state)).toBe(2);
    undo(state, (tr) => (state = state.apply(tr)));
    expect(blockTexts(state.doc)).toEqual(typed);
  });

  it('uses the groups of a regular expression in the replacement: $1, $<name>, $&, $$', () => {
    const state = stateOf(doc(paragraph('ITU-T X.500 and ITU-T X.501.')));
    const run = (query: string, replacement: string) => {
      const result = replaceAll(state.tr, query, options({ regularExpression: true, caseSensitive: true }), replacement);
      if (!result.ok) throw new Error(result.error);
      return state.apply(result.transaction).doc.textContent;
    };
    expect(run('ITU-T (X)\\.(\\d+)', 'Rec. $1.$2')).toBe('Rec. X.500 and Rec. X.501.');
    expect(run('X\\.(?<number>\\d+)', '[$<number>]')).toBe('ITU-T [500] and ITU-T [501].');
    expect(run('X\\.\\d+', '“$&”')).toBe('ITU-T “X.500” and ITU-T “X.501”.');
    expect(run('X\\.(\\d)', '$$1 $10 $2')).toBe('ITU-T $1 50 $200 and ITU-T $1 50 $201.');
  });

  it('expands a replacement exactly as String.prototype.replace does', () => {
    const sentence = 'The DSA (X.500) returns entries; the DUA (X.511) asks.';
    const state = stateOf(doc(paragraph(sentence)));
    const pattern = '(?<agent>D[SU]A) \\((X)\\.(\\d+)\\)';
    for (const template of [
      '$1',
      '$2$3',
      '$<agent>:$<none>',
      '$&!',
      '$`|',
      "|$'",
      '$$',
      '$0',
      '$4',
      '$12',
      '$03',
      '$',
      '$<agent',
      'plain',
    ]) {
      const result = replaceAll(state.tr, pattern, options({ regularExpression: true, caseSensitive: true }), template);
      if (!result.ok) throw new Error(result.error);
      expect(state.apply(result.transaction).doc.textContent, template).toBe(sentence.replace(new RegExp(pattern, 'gu'), template));
    }
  });

  it('takes the replacement as written when the query is plain text', () => {
    const state = stateOf(doc(paragraph('cost: 5')));
    const result = replaceAll(state.tr, 'cost', plainFind, '$1 $& price');
    expect(result.ok && state.apply(result.transaction).doc.textContent).toBe('$1 $& price: 5');
  });

  it('deletes the matches when the replacement is empty, and leaves a document with nothing found unchanged', () => {
    const state = stateOf(doc(paragraph('a draft text, draft')));
    const deleted = replaceAll(state.tr, ' draft', plainFind, '');
    expect(deleted.ok && state.apply(deleted.transaction).doc.textContent).toBe('a text,');
    const none = replaceAll(state.tr, 'absent', plainFind, 'x');
    expect(none.ok && none.count).toBe(0);
    expect(none.ok && none.transaction.docChanged).toBe(false);
  });

  it('reports an invalid regular expression instead of replacing', () => {
    const state = stateOf(doc(paragraph('text')));
    expect(replaceAll(state.tr, '(', options({ regularExpression: true }), 'x')).toEqual({
      ok: false,
      error: 'The regular expression is not valid: unterminated group.',
    });
  });

  it('replaces text in a code block without giving it marks, and in Cyrillic with whole words', () => {
    const state = stateOf(doc(codeBlock('Name ::= SEQUENCE'), paragraph('запись подзапись запись')));
    const code = replaceAll(state.tr, 'SEQUENCE', plainFind, 'SET');
    expect(code.ok && blockTexts(state.apply(code.transaction).doc)).toEqual(['Name ::= SET', 'запись подзапись запись']);
    const cyrillic = replaceAll(state.tr, 'запись', options({ wholeWord: true }), 'элемент');
    expect(cyrillic.ok && blockTexts(state.apply(cyrillic.transaction).doc)[1]).toBe('элемент подзапись элемент');
  });
});
