import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportWordDocument } from '../../electron/core/wordExport/exportWordDocument';
import { importWordDocument } from '../../electron/core/wordImport/importWordDocument';
import type { Language } from '../../shared/domain/language';
import type { DocumentJson } from '../../shared/domain/project';
import { isTextblock } from '../../shared/domain/diff/isTextblock';
import { generateCommonText } from '../support/commonTextGenerator';
import {
  abbreviation,
  annex,
  appendix,
  bulletList,
  cell,
  crossReference,
  doc,
  example,
  footnote,
  heading,
  item,
  note,
  orderedList,
  paragraph,
  reference,
  table,
  term,
  titleBlock,
  unnumberedHeading,
} from '../support/documentBuilders';
import { samplePath } from '../support/samples';

const edition = (language: Language) => ({
  metadata: { ituNumber: 'X.500', isoNumber: '9594-1', title: 'Information technology – The Directory' },
  stage: 'DIS' as const,
  language,
  date: '2026-11-22',
});

/** Exports the master and imports the file; the import must warn of nothing but what `expectedWarnings` lists. */
async function roundTrip(master: DocumentJson, language: Language = 'en', expectedWarnings: readonly string[] = []): Promise<DocumentJson> {
  const { bytes } = exportWordDocument({ edition: edition(language), master });
  const imported = await importWordDocument(bytes, { fileName: 'exported.docx', language, trackedChanges: 'keep' });
  expect(imported.report.warnings.map((warning) => warning.message)).toEqual(expectedWarnings);
  return imported.document;
}

/**
 * The model as Word can carry it: the importer trims spaces at the ends of a paragraph (Word files
 * are full of them), so they are trimmed here too, and text nodes are joined as ProseMirror joins them.
 */
function normalized(node: DocumentJson): DocumentJson {
  if (typeof node.attrs?.original === 'string') node = { ...node, attrs: { ...node.attrs, original: keptOriginal(node.attrs.original) } };
  if (!node.content) return node;
  let content = node.content.map(normalized);
  if (isTextblock(node)) {
    const joined: DocumentJson[] = [];
    for (const child of content) {
      const last = joined.at(-1);
      if (last?.text !== undefined && child.text !== undefined && JSON.stringify(last.marks ?? []) === JSON.stringify(child.marks ?? []))
        joined[joined.length - 1] = { ...last, text: last.text + child.text };
      else joined.push(child);
    }
    const first = joined[0];
    if (first?.text !== undefined) joined[0] = { ...first, text: first.text.trimStart() };
    const end = joined.at(-1);
    if (end?.text !== undefined) joined[joined.length - 1] = { ...end, text: end.text.trimEnd() };
    content = joined.filter((child) => child.text !== '');
  }
  const { content: _old, ...rest } = node;
  return content.length > 0 ? { ...rest, content } : rest;
}

/**
 * A kept original (an embedded object's XML and its parts) as it means: its XML with the relationship
 * ids (numbered afresh in each file) left out, and its parts' bytes and types in order.
 */
function keptOriginal(original: string): unknown {
  const kept = JSON.parse(original) as { xml: string; parts: { contentType: string; base64: string }[] };
  return {
    xml: kept.xml.replace(/\sr:\w+="[^"]*"/g, ''),
    parts: kept.parts.map((part) => `${part.contentType} ${part.base64.length} ${part.base64.slice(0, 64)}`),
  };
}

describe('a master exported to Word and imported again', () => {
  it('comes back as the same model: every kind of block, numbers, cross-references and ids', async () => {
    const master = doc(
      titleBlock('Information technology', 'Open Systems Interconnection', 'The Directory'),
      unnumberedHeading('summary', 'Summary', 'b0summary00'),
      paragraph('The Directory in brief.'),
      unnumberedHeading('foreword', 'Foreword', 'b0foreword0'),
      paragraph('Prepared jointly.'),
      heading(1, 'Scope', 'b0scope0000'),
      paragraph(
        'This text specifies the Directory; see ',
        crossReference('b0table0000'),
        ' and ',
        crossReference('b0model0000', 'number'),
        '.',
      ),
      paragraph('A footnoted sentence.', footnote('The footnote.')),
      heading(1, 'Normative references', 'b0refs00000'),
      paragraph('The following texts contain provisions.'),
      heading(2, 'Identical Recommendations | International Standards', 'b0identical'),
      reference('Recommendation ITU-T X.501 (2019) | ISO/IEC 9594-2:2020, Information technology – Models.', 'identical', 'b0ref000001'),
      heading(1, 'Definitions', 'b0defs00000'),
      term('entry', 'a named collection of information.', 'b0term00001'),
      heading(1, 'Abbreviations', 'b0abbrev000'),
      abbreviation('DIT', 'Directory Information Tree'),
      heading(1, 'Model', 'b0model0000'),
      heading(2, 'Parts', 'b0parts0000'),
      paragraph('The model has parts:'),
      orderedList('alpha', 'the entries;', item('the tree:', bulletList('roots', 'leaves'))),
      note('A note on the model.', 'b0note00001'),
      note('A second note.', 'b0note00002'),
      example('An example.', 'b0example01'),
      table(
        'Attribute types',
        [
          ['Type', 'Syntax'],
          ['name', 'string'],
        ],
        'b0table0000',
      ),
      annex('Object identifiers', { id: 'b0annex0001', normative: true }),
      heading(1, 'Registration', 'b0annexh001'),
      paragraph('The object identifiers.'),
      appendix('Examples', 'b0appendix1'),
      paragraph('An example of use.'),
    );
    expect(normalized(await roundTrip(master))).toEqual(normalized(master));
  });

  it('keeps merged cells, and a table at the end gets the paragraph Word wants after it', async () => {
    const merged = doc(heading(1, 'Tables', 'b0tables000'), {
      type: 'tableBlock',
      attrs: { id: 'b0merged000' },
      content: [
        { type: 'caption', content: [{ type: 'text', text: 'Merged cells' }] },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [{ ...cell(paragraph('wide')), attrs: { colspan: 2, rowspan: 1 } }] },
            { type: 'tableRow', content: [{ ...cell(paragraph('tall')), attrs: { colspan: 1, rowspan: 2 } }, cell(paragraph('b'))] },
            { type: 'tableRow', content: [cell(paragraph('d'))] },
          ],
        },
      ],
    });
    // The importer, like the editor, ends a master with a paragraph.
    expect(normalized(await roundTrip(merged))).toEqual(normalized({ ...merged, content: [...merged.content!, { type: 'paragraph' }] }));
  });

  it('comes back as the same model for a generated 8-page common text with figures and ASN.1', async () => {
    const { doc: master } = generateCommonText({ pages: 8, seed: 5 });
    expect(normalized(await roundTrip(master))).toEqual(normalized(master));
  });

  it('gives back what was imported from ITU’s own X.500 and the Arabic E.119, placeholders included', async () => {
    for (const [name, language] of [
      ['T-REC-X.500-2016-E.docx', 'en'],
      ['T-REC-E.119-201704-A.docx', 'ar'],
    ] as const) {
      const first = await importWordDocument(fs.readFileSync(samplePath(name)), { fileName: name, language, trackedChanges: 'keep' });
      // What the editor cannot show (embedded objects) is written back as it was, and read back as a placeholder again.
      const kept = first.report.warnings.filter((warning) => warning.kind === 'placeholder').map((warning) => warning.message);
      const second = await roundTrip(first.document, language, kept);
      expect(normalized(second), name).toEqual(normalized(first.document));
    }
  });
});
