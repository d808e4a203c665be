import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WordExportRequest } from '../../electron/core/wordExport/exportWordDocument';
import { exportWordDocument } from '../../electron/core/wordExport/exportWordDocument';
import { zipPackage } from '../../electron/core/wordExport/zipPackage';
import { ProjectError } from '../../electron/core/projectError';
import type { Language } from '../../shared/domain/language';
import type { DocumentJson } from '../../shared/domain/project';
import {
  annex,
  appendix,
  bulletList,
  codeBlock,
  crossReference,
  doc,
  figure,
  footnote,
  heading,
  note,
  orderedList,
  paragraph,
  reference,
  table,
  term,
  text,
  titleBlock,
  unnumberedHeading,
} from '../support/documentBuilders';
import { docxDocument, docxParagraphs } from '../support/docxParagraphs';
import { temporaryFolder } from '../support/temporaryFolder';

const edition = (language: Language = 'en', stage: WordExportRequest['edition']['stage'] = 'DIS'): WordExportRequest['edition'] => ({
  metadata: { ituNumber: 'X.500', isoNumber: '9594-1', title: 'Information technology – The Directory' },
  stage,
  language,
  date: '2026-11-22',
});

/** A PNG of one pixel. */
const onePixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const master = doc(
  titleBlock('Information technology', 'The Directory'),
  unnumberedHeading('summary', 'Summary'),
  paragraph('The Directory in brief.'),
  unnumberedHeading('introduction', 'Introduction'),
  paragraph('Why a Directory.'),
  heading(1, 'Scope', 'h-scope'),
  paragraph(
    'This text specifies the Directory, see ',
    crossReference('t-1'),
    ' and ',
    crossReference('h-model'),
    '.',
    footnote('A footnote.'),
  ),
  heading(1, 'Normative references', 'h-refs'),
  paragraph('The following texts contain provisions.'),
  heading(2, 'Identical Recommendations | International Standards', 'h-identical'),
  reference('Recommendation ITU-T X.501 (2019) | ISO/IEC 9594-2:2020, Models.', 'identical', 'r-1'),
  heading(2, 'Paired Recommendations | International Standards equivalent in technical content', 'h-paired'),
  heading(1, 'Definitions', 'h-definitions'),
  term('entry', 'A named collection of information.', 'd-1'),
  heading(1, 'Model', 'h-model'),
  paragraph('The model has parts:'),
  orderedList('alpha', 'first;', 'second.'),
  bulletList('one', 'two'),
  note('A note on the model.', 'n-1'),
  table(
    'Attribute types',
    [
      ['Type', 'Syntax'],
      ['name', 'string'],
    ],
    't-1',
  ),
  { ...figure('The Directory tree', 'f-1'), attrs: { id: 'f-1', src: onePixel, alt: 'A drawing', original: null } },
  codeBlock('Name ::= CHOICE {\n  rdnSequence RDNSequence }'),
  annex('Object identifiers', { id: 'a-1', normative: true }),
  paragraph('The object identifiers.'),
  appendix('Examples', 'p-1'),
  paragraph('An example.'),
);

const exported = (request: Partial<WordExportRequest> = {}) => exportWordDocument({ edition: edition(), master, ...request });

describe('DOCX export in the common template', () => {
  it('types the computed numbers before a tab, in ITU’s styles, with the title block, contents, notes, tables and figures', () => {
    const paragraphs = docxParagraphs(exported().bytes);
    const styled = (style: string) => paragraphs.filter((each) => each.style === style).map((each) => each.text);
    expect(styled('RecNo')).toEqual(['INTERNATIONAL STANDARD ISO/IEC 9594-1', 'RECOMMENDATION ITU-T X.500']);
    expect(styled('Rectitle')).toEqual(['Information technology – The Directory']);
    expect(styled('Heading1')).toEqual(['1\tScope', '2\tNormative references', '3\tDefinitions', '4\tModel']);
    // The empty 2.2 group is left out; 2.1 holds a reference, as a dashed list.
    expect(styled('Heading2')).toEqual(['2.1\tIdentical Recommendations | International Standards']);
    expect(styled('enumlev1')).toEqual([
      '–\tRecommendation ITU-T X.501 (2019) | ISO/IEC 9594-2:2020, Models.',
      'a)\tfirst;',
      'b)\tsecond.',
      '–\tone',
      '–\ttwo',
    ]);
    expect(styled('Note')).toEqual(['NOTE – A note on the model.']);
    expect(styled('TableNoTitle')).toEqual(['Table 1 – Attribute types']);
    expect(styled('FigureNoTitle')).toEqual(['Figure 1 – The Directory tree']);
    expect(styled('ASN1')).toEqual(['Name ::= CHOICE {', '  rdnSequence RDNSequence }']);
    expect(styled('AnnexNotitle')).toEqual(['Annex A\n\nObject identifiers']);
    expect(styled('AppendixNotitle')).toEqual(['Appendix I\n\nExamples']);
    expect(paragraphs.map((each) => each.text)).toContain(
      '(This annex forms an integral part of this Recommendation | International Standard.)',
    );
    expect(paragraphs.map((each) => each.text)).toContain('3.1\tentry: A named collection of information.');
    // Cross-references read as computed; the table's cells come row by row.
    expect(paragraphs.map((each) => each.text)).toContain('This text specifies the Directory, see Table 1 and clause 4.');
    const texts = paragraphs.map((each) => each.text);
    expect(texts.indexOf('Table 1 – Attribute types')).toBeLessThan(texts.indexOf('Type'));
    expect(texts.indexOf('Figure 1 – The Directory tree')).toBeGreaterThan(texts.indexOf('string'));
    // The contents list the clauses, the annex and the appendix, before the Introduction.
    expect(styled('TOC1').map((entry) => entry.replace(/\t+$/, ''))).toEqual([
      '1\tScope',
      '2\tNormative references',
      '3\tDefinitions',
      '4\tModel',
      'Annex A –\tObject identifiers',
      'Appendix I –\tExamples',
    ]);
    expect(texts.indexOf('CONTENTS')).toBeLessThan(texts.indexOf('Introduction'));
  });

  it('writes the front matter in roman page numbers and the body from 1, with odd and even running heads', () => {
    const { bytes } = exported({ edition: edition('en', 'IS') });
    const { xml, part } = docxDocument(bytes);
    const sections = [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('<w:pgNumType w:fmt="lowerRoman" w:start="1"/>');
    expect(sections[0]).toContain('<w:titlePg/>');
    expect(sections[1]).toContain('<w:pgNumType w:fmt="decimal" w:start="1"/>');
    expect(sections[1]).toContain('<w:pgSz w:w="11907" w:h="16840"/>');
    // The body's section starts just before clause 1.
    expect(xml.indexOf(sections[0]!)).toBeLessThan(xml.indexOf('Scope</w:t></w:r></w:p>'));
    expect(xml.indexOf(sections[0]!)).toBeGreaterThan(xml.indexOf('Why a Directory.'));
    expect(part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    expect(part('word/header1.xml')).toContain('ISO/IEC 9594-1:2026 (E)');
    expect(part('word/header1.xml')).toContain('<w:jc w:val="right"/>');
    expect(part('word/header2.xml')).toContain('<w:jc w:val="left"/>');
    expect(part('word/footer1.xml')).toContain('Rec. ITU\u2011T X.500 (11/2026)');
    expect(part('word/footer1.xml')).toContain(' PAGE ');
    // A draft carries its stage and date instead.
    expect(docxDocument(exported().bytes).part('word/header1.xml')).toContain('Draft ISO/IEC DIS 9594-1 – 2026-11-22');
  });

  it('bookmarks each numbered block under its id, links cross-references to it, and writes the footnote', () => {
    const { xml, part } = docxDocument(exported().bytes);
    expect(xml).toContain('w:name="_cts_h_2dmodel"');
    expect(xml).toMatch(/<w:hyperlink w:anchor="_cts_t_2d1"[^>]*>.*?Table 1/);
    expect(part('word/footnotes.xml')).toContain('A footnote.');
    expect(xml).toContain('<w:footnoteReference w:id="1"/>');
    expect(xml).toMatch(/<w:drawing>.*r:embed="rId\d+"/);
  });

  it('writes the changes since an older text as Word revisions: Accept All gives the newer text, Reject All the older', () => {
    const older = doc(
      heading(1, 'Scope', 'h-scope'),
      paragraph('The Directory provides the directory capabilities.'),
      heading(1, 'Model', 'h-model'),
      paragraph('The model has three parts.'),
      table(
        'Types',
        [
          ['Type', 'Syntax'],
          ['name', 'string'],
          ['obsolete', 'removed'],
        ],
        't-1',
      ),
      paragraph('See ', crossReference('h-model'), '.'),
    );
    const newer = doc(
      heading(1, 'Scope', 'h-scope'),
      paragraph('The Directory provides the ', { type: 'text', text: 'naming', marks: [{ type: 'bold' }] }, ' capabilities.'),
      heading(1, 'Conformance', 'h-new'),
      paragraph('Implementations shall conform.'),
      heading(2, 'Model', 'h-model'),
      table(
        'Types',
        [
          ['Type', 'Syntax'],
          ['name', 'string'],
          ['added', 'inserted'],
        ],
        't-1',
      ),
      paragraph('See ', crossReference('h-model'), '.'),
    );
    const marks = { since: older, sinceName: 'iteration 1', style: 'revisions' as const, author: 'J. Smith', date: '2026-11-22T10:00:00Z' };
    const marked = exportWordDocument({ edition: edition(), master: newer, marks });
    const clean = (text: DocumentJson) =>
      docxParagraphs(exportWordDocument({ edition: edition(), master: text }).bytes).map((each) => each.text);
    const notContents = (texts: string[]) => texts.filter((each) => !/\t\t$/.test(each) && each !== 'CONTENTS' && each !== '\tPage');
    expect(notContents(docxParagraphs(marked.bytes, 'accepted').map((each) => each.text))).toEqual(notContents(clean(newer)));
    expect(notContents(docxParagraphs(marked.bytes, 'rejected').map((each) => each.text))).toEqual(notContents(clean(older)));

    const { xml } = docxDocument(marked.bytes);
    expect(marked.summary.revisions).toBeGreaterThan(5);
    expect(xml).toMatch(
      /<w:ins w:id="\d+" w:author="J\. Smith" w:date="2026-11-22T10:00:00Z"><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">naming/,
    );
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve">directory<\/w:delText>/);
    // A whole inserted paragraph has its mark inserted; a deleted one its mark deleted; rows as rows.
    expect(xml).toMatch(
      /<w:p><w:pPr><w:pStyle w:val="Normal"\/><w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><w:ins [^>]*><w:r><w:t xml:space="preserve">Implementations shall conform\./,
    );
    expect(xml).toMatch(
      /<w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr><w:del [^>]*><w:r><w:delText xml:space="preserve">The model has three parts\./,
    );
    expect(xml).toMatch(/<w:trPr><w:ins [^>]*\/><\/w:trPr>/);
    expect(xml).toMatch(/<w:trPr><w:del [^>]*\/><\/w:trPr>/);
    // The heading made level 2 is a property revision; its number changes from 2 to 2.1 as text.
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*?<w:pPrChange [^>]*><w:pPr><w:pStyle w:val="Heading1"\/><\/w:pPr><\/w:pPrChange>/);
    expect(xml).toMatch(/<w:delText xml:space="preserve">2<\/w:delText>.*?<w:t xml:space="preserve">2\.1<\/w:t>/);
  });

  it('writes the changes as coloured text for print, with a note saying so', () => {
    const older = doc(paragraph('The quick fox.'));
    const newer = doc(paragraph('The slow fox.'));
    const marks = {
      since: older,
      sinceName: 'iteration 1 (2026-10-01)',
      style: 'visible' as const,
      author: 'J. Smith',
      date: '2026-11-22',
    };
    const { xml } = docxDocument(exportWordDocument({ edition: edition(), master: newer, marks }).bytes);
    expect(xml).not.toContain('<w:ins ');
    expect(xml).not.toContain('<w:del ');
    expect(xml).toMatch(/<w:color w:val="C00000"\/>.*?quick/);
    expect(xml).toMatch(/<w:color w:val="0000FF"\/><w:u w:val="single" w:color="0000FF"\/><\/w:rPr><w:t xml:space="preserve">slow/);
    expect(xml).toContain('Change marks since iteration 1 (2026-10-01)');
  });

  it('sets Arabic right to left and Chinese with an East Asian font', () => {
    const arabic = docxDocument(exportWordDocument({ edition: edition('ar'), master: doc(paragraph('نص عربي')) }).bytes);
    expect(arabic.xml).toContain('<w:bidi/>');
    expect(arabic.xml).toMatch(/<w:rtl\/><\/w:rPr><w:t xml:space="preserve">نص عربي/);
    expect(arabic.part('word/styles.xml')).toContain('<w:pPrDefault><w:pPr><w:bidi/></w:pPr></w:pPrDefault>');
    const chinese = docxDocument(exportWordDocument({ edition: edition('zh'), master: doc(paragraph('目录服务')) }).bytes);
    expect(chinese.part('word/styles.xml')).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
  });

  it('takes the styles of a chosen template, completing those it lacks from the built-in one, and refuses a file that is no Word document', () => {
    const folder = temporaryFolder('cts-template-');
    try {
      const styles =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style></w:styles>';
      const template = path.join(folder.path, 'house.dotx');
      fs.writeFileSync(
        template,
        zipPackage([
          {
            path: '[Content_Types].xml',
            data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
          },
          {
            path: '_rels/.rels',
            data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
          },
          {
            path: 'word/_rels/document.xml.rels',
            data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
          },
          {
            path: 'word/document.xml',
            data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
          },
          { path: 'word/styles.xml', data: styles },
        ]),
      );
      const result = exportWordDocument({ edition: edition(), master, templatePath: template });
      const { xml, part } = docxDocument(result.bytes);
      expect(result.summary.template).toBe('house.dotx');
      expect(xml).toContain('<w:pStyle w:val="Titre1"/>');
      expect(part('word/styles.xml')).toContain('<w:rFonts w:ascii="Arial"/>');
      expect(result.summary.stylesFromBuiltIn).toContain('Note');
      expect(part('word/styles.xml')).toContain('w:styleId="Note"');

      const notWord = path.join(folder.path, 'notes.docx');
      fs.writeFileSync(notWord, 'plain text');
      expect(() => exportWordDocument({ edition: edition(), master, templatePath: notWord })).toThrow(ProjectError);
    } finally {
      folder.remove();
    }
  });

  it('writes every part well-formed and names each relationship it uses', () => {
    const { xml, part } = docxDocument(exported().bytes);
    const rels = part('word/_rels/document.xml.rels') ?? '';
    for (const [, id] of xml.matchAll(/r:(?:id|embed)="(rId\d+)"/g)) expect(rels).toContain(`Id="${id}"`);
    expect(part('[Content_Types].xml')).toContain('/word/footnotes.xml');
    expect(text('x')).toBeTruthy();
  });
});
