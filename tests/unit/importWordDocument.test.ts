import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { importWordDocument } from '../../electron/core/wordImport/importWordDocument';
import type { WordImport } from '../../electron/core/wordImport/importWordDocument';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import type { DocumentJson } from '../../shared/domain/project';
import type { TrackedChangesChoice } from '../../shared/domain/wordImport';
import { masterSchema } from '../../shared/schema/masterSchema';
import { masterPlainText } from '../../electron/cli/masterPlainText';
import type { WordFixture } from '../support/wordFixture';
import { onePixelPng, paragraph, picture, run, table, textParagraph, wordFixture } from '../support/wordFixture';

const schema = masterSchema();

/** Imports a hand-made Word file and checks that the editor can open the result. */
async function importFixture(fixture: WordFixture, trackedChanges: TrackedChangesChoice = 'keep'): Promise<WordImport> {
  const result = await importWordDocument(wordFixture(fixture), { fileName: 'fixture.docx', language: 'en', trackedChanges });
  ProseMirrorNode.fromJSON(schema, result.document).check();
  return result;
}

/** The imported blocks, without the empty paragraph the importer adds after a last block that is not one. */
const blocks = (result: WordImport): readonly DocumentJson[] => {
  const content = result.document.content ?? [];
  const last = content[content.length - 1];
  return last?.type === 'paragraph' && last.content === undefined && content.length > 1 && content[content.length - 2]!.type !== 'paragraph'
    ? content.slice(0, -1)
    : content;
};
const types = (result: WordImport): string[] => blocks(result).map((block) => block.type);
const text = (node: DocumentJson | undefined): string =>
  node === undefined
    ? ''
    : (node.text ??
      (node.content ?? []).map((child) => text(child)).join(node.content?.every((child) => child.type === 'text') ? '' : '|'));
const plain = (result: WordImport): string => masterPlainText(result.document, computeNumbering(result.document, documentJsonAdapter));

describe('importing a Word document', () => {
  it('maps ITU title block styles: Rec_No lines name the identifiers (export writes them again), Rec_title becomes the title block in its parts', async () => {
    const result = await importFixture({
      body: [
        textParagraph('RecNo', 'INTERNATIONAL STANDARD ISO/IEC 9594-1'),
        textParagraph('RecNo', 'Recommendation ITU-T X.500'),
        textParagraph('Rectitle', 'Information technology – The Directory: Overview'),
      ].join(''),
    });
    expect(types(result)).toEqual(['titleBlock']);
    expect(blocks(result)[0]!.content!.map((part) => text(part))).toEqual(['Information technology', 'The Directory: Overview']);
    expect(result.report.identity).toEqual({
      ituNumber: 'X.500',
      isoNumber: '9594-1',
      title: 'Information technology – The Directory: Overview',
    });
  });

  it('makes Heading_b front matter unnumbered headings of their kind, and later Heading_b paragraphs bold text', async () => {
    const result = await importFixture({
      body: [
        textParagraph('Headingb', 'Summary'),
        textParagraph(null, 'Text.'),
        textParagraph('Heading1', '1\tScope'),
        textParagraph('Headingb', '1)\tData redundancy'),
      ].join(''),
    });
    expect(types(result)).toEqual(['unnumberedHeading', 'paragraph', 'heading', 'paragraph']);
    expect(blocks(result)[0]!.attrs?.kind).toBe('summary');
    expect(blocks(result)[3]!.content?.[0]?.marks).toEqual([{ type: 'bold' }]);
  });

  it('strips typed clause numbers from headings and leaves the numbering to the structure', async () => {
    const result = await importFixture({
      body: [
        textParagraph('Heading1', '1\tScope'),
        textParagraph('Heading1', '2\tReferences'),
        textParagraph('Heading2', '2.1\tIdentical'),
      ].join(''),
    });
    expect(blocks(result).map((block) => [block.attrs?.level, text(block)])).toEqual([
      [1, 'Scope'],
      [1, 'References'],
      [2, 'Identical'],
    ]);
    expect(result.report.warnings.filter((warning) => warning.kind === 'numberMismatch')).toEqual([]);
    expect(result.report.counts.clauses).toBe(3);
  });

  it('reports each place where a typed number disagrees with the computed one', async () => {
    const result = await importFixture({
      body: [
        textParagraph('Heading1', '1\tScope'),
        textParagraph('Heading1', '3\tDefinitions'),
        textParagraph('Heading2', '3.4\tTerms'),
      ].join(''),
    });
    expect(
      result.report.warnings.filter((warning) => warning.kind === 'numberMismatch').map((warning) => [warning.where, warning.message]),
    ).toEqual([
      ['clause 2', 'The Word file types 3 where the structure gives 2 (paragraph 2).'],
      ['clause 2.1', 'The Word file types 3.4 where the structure gives 2.1 (paragraph 3).'],
    ]);
  });

  it('takes the heading level from a typed number when the style says otherwise, as annexes often do', async () => {
    const result = await importFixture({
      body: [
        paragraph('AnnexNoTitle', run('Annex A\n\nApplying the Directory')),
        textParagraph(null, '(This annex forms an integral part of this Recommendation | International Standard.)'),
        textParagraph('Heading2', 'A.1\tThe Directory environment'),
      ].join(''),
    });
    expect(types(result)).toEqual(['annexHeading', 'heading']);
    expect(blocks(result)[0]!.attrs).toMatchObject({ kind: 'annex', normative: true });
    expect(text(blocks(result)[0])).toBe('Applying the Directory');
    expect(blocks(result)[1]!.attrs?.level).toBe(1);
    expect(plain(result)).toContain('A.1  The Directory environment');
    expect(result.report.warnings.filter((warning) => warning.kind === 'numberMismatch')).toEqual([]);
  });

  it('reads an informative annex, an appendix, and "Bibliography" set in the appendix style', async () => {
    const result = await importFixture({
      body: [
        paragraph('AnnexNoTitle', run('Annex B\n(informative)\nAmendments')),
        paragraph('AppendixNoTitle', run('Appendix I\nExamples')),
        textParagraph('AppendixNoTitle', 'Bibliography'),
      ].join(''),
    });
    expect(blocks(result).map((block) => [block.type, block.attrs?.kind, block.attrs?.normative])).toEqual([
      ['annexHeading', 'annex', false],
      ['annexHeading', 'appendix', false],
      ['unnumberedHeading', 'bibliography', undefined],
    ]);
    expect(result.report.counts).toMatchObject({ annexes: 1, appendices: 1 });
  });

  it('makes notes of Note paragraphs, strips "NOTE 1 –" and keeps a following unlabelled paragraph in the note', async () => {
    const result = await importFixture({
      body: [
        textParagraph('Heading1', '1\tScope'),
        textParagraph('Note', 'NOTE 1 – The first.'),
        textParagraph('Note', 'It goes on.'),
        textParagraph('Note', 'NOTE 2 – The second.'),
      ].join(''),
    });
    expect(types(result)).toEqual(['heading', 'note', 'note']);
    expect(blocks(result)[1]!.content?.map((child) => text(child))).toEqual(['The first.', 'It goes on.']);
    expect(plain(result)).toContain('NOTE 2 – The second.');
  });

  it('builds nested lists from enumlev paragraphs with typed markers, and strips the markers', async () => {
    const result = await importFixture({
      body: [
        textParagraph('enumlev1', 'a)\tfirst;'),
        textParagraph('enumlev2', '1)\tinner one;'),
        textParagraph('enumlev2', '2)\tinner two;'),
        textParagraph('enumlev1', 'b)\tsecond.'),
        textParagraph('enumlev1', '–\tdash'),
      ].join(''),
    });
    expect(types(result)).toEqual(['orderedList', 'bulletList']);
    const [first, second] = blocks(result)[0]!.content!;
    expect(text(first!.content![0])).toBe('first;');
    expect(first!.content![1]).toMatchObject({ type: 'orderedList', attrs: { style: 'numeric' } });
    expect(text(second!.content![0])).toBe('second.');
    expect(plain(result)).toContain('a) first;\n   1) inner one;');
  });

  it('keeps a list whose typed letters do not start at a) as typed text, and says so', async () => {
    const result = await importFixture({
      body: [textParagraph('enumlev1', 'c)\tthird'), textParagraph('enumlev1', 'd)\tfourth')].join(''),
    });
    expect(types(result)).toEqual(['paragraph', 'paragraph']);
    expect(text(blocks(result)[0])).toBe('c)\tthird');
    expect(result.report.warnings.map((warning) => warning.kind)).toContain('other');
  });

  it('builds lists from Word numbering attached to paragraphs', async () => {
    const result = await importFixture({
      numbering:
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>' +
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
      body: ['1', '1', '2']
        .map((id) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr></w:pPr>${run(`item ${id}`)}</w:p>`)
        .join(''),
    });
    expect(types(result)).toEqual(['bulletList', 'orderedList']);
    expect(blocks(result)[1]!.attrs?.style).toBe('alpha');
  });

  it('reads headings numbered by Word numbering in the heading styles, with nothing typed', async () => {
    const result = await importFixture({
      styles:
        '<w:style w:type="paragraph" w:styleId="CustomClause"><w:name w:val="Custom clause"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
      body: [textParagraph('Heading1', 'Scope'), textParagraph('CustomClause', 'Details')].join(''),
    });
    expect(blocks(result).map((block) => [block.type, block.attrs?.level, text(block)])).toEqual([
      ['heading', 1, 'Scope'],
      ['heading', 2, 'Details'],
    ]);
  });

  it('makes a titled table of Table_NoTitle and the table under it, and keeps an untitled one as an unnumbered table', async () => {
    const result = await importFixture({
      body: [
        textParagraph('TableNoTitle', 'Table 1 – Votes'),
        table(
          [
            [textParagraph('Tablehead', 'Member'), textParagraph('Tablehead', 'Vote')],
            [textParagraph('Tabletext', 'FR'), textParagraph('Tabletext', 'Yes')],
            [textParagraph('Tabletext', 'Merged'), ''],
          ],
          [[], [], ['<w:gridSpan w:val="2"/>']],
        ),
        table([[textParagraph(null, 'Cover')]]),
      ].join(''),
    });
    expect(types(result)).toEqual(['tableBlock', 'table']);
    const [caption, grid] = blocks(result)[0]!.content!;
    expect(text(caption)).toBe('Votes');
    expect(grid!.content![0]!.content!.map((cell) => cell.type)).toEqual(['tableHeader', 'tableHeader']);
    expect(grid!.content![2]!.content![0]!.attrs).toMatchObject({ colspan: 2 });
    expect(result.report.counts.tables).toBe(1);
  });

  it('merges vertically merged cells into one cell spanning the rows', async () => {
    const result = await importFixture({
      body: table(
        [
          [textParagraph(null, 'Tall'), textParagraph(null, 'one')],
          [paragraph(null), textParagraph(null, 'two')],
        ],
        [['<w:vMerge w:val="restart"/>'], ['<w:vMerge/>']],
      ),
    });
    const rows = blocks(result)[0]!.content!;
    expect(rows[0]!.content![0]!.attrs).toMatchObject({ rowspan: 2 });
    expect(rows[1]!.content!.length).toBe(1);
  });

  it('makes a figure of an image followed by its Figure_NoTitle title', async () => {
    const result = await importFixture({
      media: [{ id: 'rIdImage', path: 'word/media/image1.png', bytes: onePixelPng }],
      body: [paragraph('Figure', picture('rIdImage', 'A tree')), textParagraph('FigureNoTitle', 'Figure 1 – The DIT')].join(''),
    });
    expect(types(result)).toEqual(['figure']);
    const figure = blocks(result)[0]!;
    expect(String(figure.attrs?.src)).toMatch(/^data:image\/png;base64,/);
    expect(figure.attrs?.alt).toBe('A tree');
    expect(text(figure.content![0])).toBe('The DIT');
  });

  it('keeps an EMF drawing as a figure placeholder with the original part for export, and lists it', async () => {
    const emf = Uint8Array.from([1, 0, 0, 0, 0x20, 0x45, 0x4d, 0x46]);
    const result = await importFixture({
      media: [{ id: 'rIdDrawing', path: 'word/media/image1.emf', bytes: emf }],
      body: [paragraph('Figure', picture('rIdDrawing')), textParagraph('FigureNoTitle', 'Figure 1 – Model')].join(''),
    });
    const figure = blocks(result)[0]!;
    expect(figure.attrs?.src).toBe('');
    const original = JSON.parse(String(figure.attrs?.original)) as { xml: string; parts: { path: string; base64: string }[] };
    expect(original.xml).toContain('<w:drawing>');
    expect(original.parts).toEqual([
      expect.objectContaining({ path: 'word/media/image1.emf', base64: Buffer.from(emf).toString('base64') }),
    ]);
    expect(result.report.counts.placeholders).toBe(1);
    expect(result.report.warnings).toContainEqual(expect.objectContaining({ kind: 'placeholder', where: 'Figure 1' }));
  });

  it('keeps an embedded object as an inline placeholder with its XML', async () => {
    const result = await importFixture({
      body: paragraph(null, run('See '), '<w:r><w:object><o:OLEObject ProgID="Visio.Drawing.15" r:id="rIdMissing"/></w:object></w:r>'),
    });
    const placeholder = blocks(result)[0]!.content![1]!;
    expect(placeholder).toMatchObject({
      type: 'placeholder',
      attrs: { kind: 'object', description: 'Embedded object (Visio.Drawing.15)' },
    });
    expect(String(placeholder.attrs?.original)).toContain('o:OLEObject');
    expect(plain(result)).toContain('See [Embedded object (Visio.Drawing.15)]');
  });

  it('keeps tracked insertions and deletions as change marks with their author and date', async () => {
    const result = await importFixture({
      body: paragraph(
        null,
        run('The '),
        '<w:ins w:id="1" w:author="Editor" w:date="2026-11-02T10:00:00Z">' + run('new ') + '</w:ins>',
        '<w:del w:id="2" w:author="Editor" w:date="2026-11-02T10:00:00Z"><w:r><w:delText>old </w:delText></w:r></w:del>',
        run('text.'),
      ),
    });
    expect(blocks(result)[0]!.content).toEqual([
      { type: 'text', text: 'The ' },
      { type: 'text', text: 'new ', marks: [{ type: 'insertion', attrs: { author: 'Editor', date: '2026-11-02T10:00:00Z' } }] },
      { type: 'text', text: 'old ', marks: [{ type: 'deletion', attrs: { author: 'Editor', date: '2026-11-02T10:00:00Z' } }] },
      { type: 'text', text: 'text.' },
    ]);
    expect(result.report.counts.trackedChanges).toBe(2);
    expect(result.report.warnings).toContainEqual(expect.objectContaining({ kind: 'trackedChanges' }));
  });

  it('accepts tracked changes when asked: insertions stay unmarked, deletions and deleted paragraph breaks go', async () => {
    const result = await importFixture(
      {
        body: [
          `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="E" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr>${run('One ')}</w:p>`,
          paragraph(
            null,
            '<w:ins w:id="1" w:author="E">' + run('new ') + '</w:ins>',
            '<w:del w:id="2" w:author="E"><w:r><w:delText>old </w:delText></w:r></w:del>',
            run('two.'),
          ),
        ].join(''),
      },
      'accept',
    );
    expect(blocks(result)).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'One new two.' }] }]);
  });

  it('turns an internal hyperlink to a heading bookmark into a cross-reference that reads as the clause', async () => {
    const result = await importFixture({
      body: [
        paragraph('Heading1', '<w:bookmarkStart w:id="0" w:name="_Ref1"/>', run('1\tScope'), '<w:bookmarkEnd w:id="0"/>'),
        paragraph(
          null,
          run('See '),
          `<w:hyperlink w:anchor="_Ref1">${run('clause 1')}</w:hyperlink>`,
          run(' and '),
          `<w:fldSimple w:instr=" REF _Ref1 \\h ">${run('1')}</w:fldSimple>`,
          run('.'),
        ),
      ].join(''),
    });
    const content = blocks(result)[1]!.content!;
    const heading = blocks(result)[0]!;
    expect(content.filter((node) => node.type === 'crossReference').map((node) => node.attrs)).toEqual([
      { target: heading.attrs?.id, form: 'full' },
      { target: heading.attrs?.id, form: 'number' },
    ]);
    expect(plain(result)).toContain('See clause 1 and 1.');
    expect(result.report.counts.crossReferences).toBe(2);
  });

  it('keeps a link to a bookmark that is not in the text as its text, and reports it', async () => {
    const result = await importFixture({
      body: paragraph(null, run('See '), `<w:hyperlink w:anchor="_RefGone">${run('clause 9')}</w:hyperlink>`),
    });
    expect(text(blocks(result)[0])).toBe('See clause 9');
    expect(result.report.warnings).toContainEqual(expect.objectContaining({ kind: 'unresolvedReference' }));
  });

  it('turns REF fields written with field characters into cross-references to tables', async () => {
    const result = await importFixture({
      body: [
        paragraph('TableNoTitle', '<w:bookmarkStart w:id="0" w:name="_RefTable"/>', run('Table 1 – Votes'), '<w:bookmarkEnd w:id="0"/>'),
        table([[textParagraph('Tabletext', 'x')]]),
        paragraph(
          null,
          run('As '),
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _RefTable \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
          run('Table 1'),
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
          run(' shows.'),
        ),
      ].join(''),
    });
    expect(plain(result)).toContain('As Table 1 shows.');
    expect(blocks(result)[1]!.content!.map((node) => node.type)).toEqual(['text', 'crossReference', 'text']);
  });

  it('reads footnotes into footnote nodes with their text', async () => {
    const result = await importFixture({
      footnotes: `<w:footnote w:id="1"><w:p>${run('')}<w:r><w:footnoteRef/></w:r>${run(' See the ITU website.')}</w:p></w:footnote>`,
      body: paragraph(null, run('Unique ID'), '<w:r><w:footnoteReference w:id="1"/></w:r>'),
    });
    expect(blocks(result)[0]!.content![1]).toEqual({ type: 'footnote', attrs: { text: 'See the ITU website.' } });
    expect(result.report.counts.footnotes).toBe(1);
  });

  it('joins ASN.1 paragraphs into one code block, line by line', async () => {
    const result = await importFixture({
      body: ['Example ::= SEQUENCE {', '\tname  UTF8String }'].map((line) => textParagraph('ASN1', line)).join(''),
    });
    expect(blocks(result)).toEqual([
      { type: 'codeBlock', attrs: { language: 'asn1' }, content: [{ type: 'text', text: 'Example ::= SEQUENCE {\n\tname  UTF8String }' }] },
    ]);
  });

  it('makes normative references of the dashed list in clause 2, grouped by their subclause', async () => {
    const result = await importFixture({
      body: [
        textParagraph('Heading1', '1\tScope'),
        textParagraph('Heading1', '2\tNormative references'),
        textParagraph('Heading2', '2.1\tIdentical Recommendations | International Standards'),
        textParagraph('enumlev1', '–\tRecommendation ITU-T X.501 (2016) | ISO/IEC 9594-2:2017, Models.'),
        textParagraph('Heading2', '2.2\tPaired Recommendations | International Standards equivalent in technical content'),
        textParagraph('Reftext', '[ITU-T X.800]\tRecommendation ITU-T X.800 (1991), Security architecture.'),
      ].join(''),
    });
    const references = blocks(result).filter((block) => block.type === 'referenceEntry');
    expect(references.map((block) => [block.attrs?.group, text(block).slice(0, 26)])).toEqual([
      ['identical', 'Recommendation ITU-T X.501'],
      ['paired', '[ITU-T X.800]\tRecommendati'],
    ]);
    expect(result.report.counts.references).toBe(2);
  });

  it('makes terms of numbered definitions in the definitions clause', async () => {
    const result = await importFixture({
      body: [
        textParagraph('Heading1', '1\tScope'),
        textParagraph('Heading1', '2\tReferences'),
        textParagraph('Heading1', '3\tDefinitions'),
        textParagraph('Heading2', '3.1\tTerms defined here'),
        paragraph(null, run('3.1.1\t'), run('disaster', '<w:b/>'), run(': a serious disruption.')),
      ].join(''),
    });
    const term = blocks(result)[4]!;
    expect(term.type).toBe('termEntry');
    expect(term.content!.map((child) => text(child))).toEqual(['disaster', 'a serious disruption.']);
    // The editor sets term names in bold: Word's bold is their style, not a mark to keep.
    expect(term.content![0]!.content![0]!.marks).toBeUndefined();
    expect(plain(result)).toContain('3.1.1 disaster: a serious disruption.');
  });

  it('imports a paragraph in a style it does not know as a plain paragraph and lists the style once', async () => {
    const result = await importFixture({ body: [textParagraph('Fancy', 'One.'), textParagraph('Fancy', 'Two.')].join('') });
    expect(types(result)).toEqual(['paragraph', 'paragraph']);
    expect(result.report.warnings.filter((warning) => warning.kind === 'unknownStyle').map((warning) => warning.message)).toEqual([
      "The style “Fancy quotation” (2 paragraphs) is not one of ITU's; imported as plain paragraphs.",
    ]);
  });

  it('leaves out the table of contents with its heading', async () => {
    const result = await importFixture({
      body: [textParagraph(null, 'CONTENTS'), textParagraph('TOC1', '1\tScope\t1'), textParagraph('Heading1', '1\tScope')].join(''),
    });
    expect(types(result)).toEqual(['heading']);
  });

  it('ends with an empty paragraph after a last block that is not one, as the editor would add on opening', async () => {
    const result = await importFixture({ body: textParagraph('Heading1', '1\tScope') });
    expect(result.document.content).toEqual([expect.objectContaining({ type: 'heading' }), { type: 'paragraph' }]);
  });

  it('reports progress through its phases, ending at numbering', async () => {
    const phases: string[] = [];
    await importWordDocument(wordFixture({ body: textParagraph(null, 'Text.') }), {
      fileName: 'fixture.docx',
      language: 'en',
      trackedChanges: 'keep',
      onProgress: (progress) => phases.push(progress.phase),
    });
    expect([...new Set(phases)]).toEqual(['reading', 'converting', 'numbering']);
  });
});

describe('importing a file written by another program (the docx package)', () => {
  it('reads its styles by name, its tracked changes, its bookmarks and internal links', async () => {
    const { Bookmark, DeletedTextRun, Document, InsertedTextRun, InternalHyperlink, Packer, Paragraph, Tab, TextRun } =
      await import('docx');
    const styled = (id: string, name: string) => ({ id, name, basedOn: 'Normal', run: {}, paragraph: {} });
    const file = new Document({
      styles: { paragraphStyles: [styled('H1', 'heading 1'), styled('N', 'Note'), styled('E1', 'enumlev1')] },
      sections: [
        {
          children: [
            new Paragraph({
              style: 'H1',
              children: [new Bookmark({ id: '_RefScope', children: [new TextRun({ children: ['1', new Tab(), 'Scope'] })] })],
            }),
            new Paragraph({ style: 'N', children: [new TextRun('NOTE – A note.')] }),
            new Paragraph({ style: 'E1', children: [new TextRun({ children: ['a)', new Tab(), 'one;'] })] }),
            new Paragraph({ style: 'E1', children: [new TextRun({ children: ['b)', new Tab(), 'two.'] })] }),
            new Paragraph({
              children: [
                new TextRun('See '),
                new InternalHyperlink({ anchor: '_RefScope', children: [new TextRun('clause 1')] }),
                new TextRun(' for the '),
                new InsertedTextRun({ text: 'new', id: 1, author: 'Rapporteur', date: '2026-11-02T10:00:00Z' }),
                new DeletedTextRun({ text: 'old', id: 2, author: 'Rapporteur', date: '2026-11-02T10:00:00Z' }),
                new TextRun(' scope.'),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(file));
    const result = await importWordDocument(bytes, { fileName: 'docx-package.docx', language: 'en', trackedChanges: 'keep' });
    ProseMirrorNode.fromJSON(schema, result.document).check();
    expect(types(result)).toEqual(['heading', 'note', 'orderedList', 'paragraph']);
    const last = blocks(result)[3]!.content!;
    expect(last.find((node) => node.type === 'crossReference')?.attrs?.target).toBe(blocks(result)[0]!.attrs?.id);
    expect(
      last
        .filter((node) => node.marks?.some((mark) => mark.type === 'insertion' || mark.type === 'deletion'))
        .map((node) => [node.text, node.marks![0]!.type]),
    ).toEqual([
      ['new', 'insertion'],
      ['old', 'deletion'],
    ]);
    expect(plain(result)).toContain('See clause 1 for the newold scope.');
  });
});

describe('importing annexes and tables set out in other ways', () => {
  it('reads "Annex A (normative) Title" set in Heading 1 as an annex, and leaves "Annexes" a clause', async () => {
    const result = await importFixture({
      body: [
        textParagraph('Heading1', 'Annexes and their use'),
        textParagraph('Heading1', 'Annex A (informative) Object identifiers'),
        textParagraph('Heading2', 'A.1\tArcs'),
      ].join(''),
    });
    expect(blocks(result).map((block) => [block.type, text(block)])).toEqual([
      ['heading', 'Annexes and their use'],
      ['annexHeading', 'Object identifiers'],
      ['heading', 'Arcs'],
    ]);
    expect(blocks(result)[1]!.attrs?.normative).toBe(false);
  });

  it('finds the table under its title across empty paragraphs', async () => {
    const result = await importFixture({
      body: [textParagraph('TableNoTitle', 'Table 1 – Votes'), paragraph(null), table([[textParagraph('Tabletext', 'FR')]])].join(''),
    });
    expect(types(result)).toEqual(['tableBlock']);
  });
});

describe('importing lists that follow one another', () => {
  it('starts a new list where the typed letters start again at a)', async () => {
    const result = await importFixture({
      body: ['a)\tone', 'b)\ttwo', 'a)\tthree', 'b)\tfour'].map((line) => textParagraph('enumlev1', line)).join(''),
    });
    expect(types(result)).toEqual(['orderedList', 'orderedList']);
    expect(result.report.warnings).toEqual([]);
  });
});
