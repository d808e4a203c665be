import type { CodeLanguage, ReferenceGroup } from '../../shared/domain/documentModel';
import type { DocumentJson } from '../../shared/domain/project';

/** What a generated text holds, counted while it was built. */
export interface GeneratedStats {
  readonly words: number;
  readonly headings: number;
  readonly tables: number;
  readonly figures: number;
  readonly codeBlocks: number;
  readonly notes: number;
  readonly crossReferences: number;
  readonly termEntries: number;
}

export interface GeneratedText {
  readonly doc: DocumentJson;
  readonly stats: GeneratedStats;
}

export interface GeneratorOptions {
  /** Size in published pages; 300 gives about 150,000 words, 400 clauses, 300 tables, 100 figures. */
  readonly pages?: number;
  /** Same seed, same text. */
  readonly seed?: number;
}

type Node = DocumentJson;

const subjects = [
  'The Directory System Agent',
  'A DSA',
  'The Directory User Agent',
  'The shadow supplier',
  'Each entry',
  'The access control decision function',
  'An attribute value assertion',
  'The distinguished name',
  'A subordinate reference',
  'The operational binding',
  'The search operation',
  'The schema administrator',
];
const verbs = [
  'shall return',
  'may include',
  'shall not modify',
  'identifies',
  'is derived from',
  'shall verify',
  'contains',
  'references',
];
const objects = [
  'the attribute type of the entry',
  'the relative distinguished name of the object',
  'the service controls supplied with the request',
  'an error of the kind specified in clause 12',
  'the knowledge information held by the DSA',
  'the set of attribute values in the selection',
  'the security parameters of the operation',
  'the context assertion applied to the value',
  'the hierarchy of the Directory Information Tree',
  'each matching rule that applies to the syntax',
];
const qualifiers = [
  'unless the user has requested otherwise',
  'as specified in Rec. ITU-T X.501 | ISO/IEC 9594-2',
  'in accordance with the access control scheme in force',
  'when the chaining argument is present',
  'for each subordinate entry in the scope',
  'before the result is returned to the requestor',
];
const clauseTitles = [
  'Overview of the Directory',
  'Information model',
  'Directory services',
  'Distributed operation',
  'Replication',
  'Access control',
  'Authentication',
  'Schema administration',
  'Operational attributes',
  'Matching rules',
  'Knowledge information',
  'Security considerations',
  'Service controls',
  'Errors and results',
];
const asn1Types = ['DistinguishedName', 'AttributeType', 'SearchArgument', 'ServiceControls', 'SecurityParameters', 'ContextAssertion'];

/** A small deterministic random source (mulberry32), so a seed gives the same text every time. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (value: string): Node => ({ type: 'text', text: value });
const inline = (type: string, value: string, attrs?: Record<string, unknown>): Node => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: [text(value)],
});

/**
 * Generates a realistic common text in the master's vocabulary (see shared/domain/documentModel.ts):
 * title block, front matter, scope, normative references in their three groups, definitions,
 * abbreviations, body clauses to three levels with paragraphs, lists, notes, examples, tables with
 * merged cells, figures, ASN.1 modules of 40 lines and cross-references, then normative and
 * informative annexes, appendices and a bibliography. Used by benchmarks and by later tests.
 */
export function generateCommonText(options: GeneratorOptions = {}): GeneratedText {
  const scale = (options.pages ?? 300) / 300;
  const random = randomSource(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const counts = { words: 0, headings: 0, tables: 0, figures: 0, codeBlocks: 0, notes: 0, crossReferences: 0, termEntries: 0 };
  const targets: string[] = [];
  const blocks: Node[] = [];
  let nextId = 0;
  const id = (prefix: string): string => `${prefix}-${(nextId += 1).toString(36).padStart(5, '0')}`;
  const countWords = (value: string): string => {
    counts.words += value.split(/\s+/).filter(Boolean).length;
    return value;
  };

  const sentence = (): string =>
    countWords(`${pick(subjects)} ${pick(verbs)} ${pick(objects)}${random() < 0.4 ? `, ${pick(qualifiers)}` : ''}.`);

  // Cross-references go to targets made so far, so every one resolves; targets are spread through the text.
  const budget = {
    crossReferences: Math.round(500 * scale),
    tables: Math.round(300 * scale),
    figures: Math.round(100 * scale),
    codeBlocks: Math.round(60 * scale),
  };
  const paragraph = (sentences: number, withReference = false): Node => {
    // One text node per run of plain text, as ProseMirror stores it (adjacent unmarked text merges).
    let run = '';
    for (let index = 0; index < sentences; index += 1) run += `${sentence()} `;
    const content: Node[] = [];
    if (withReference && targets.length > 0 && counts.crossReferences < budget.crossReferences) {
      counts.crossReferences += 1;
      content.push(text(run + countWords('See ')));
      content.push({ type: 'crossReference', attrs: { target: pick(targets), form: 'full' } });
      content.push(text('.'));
    } else {
      content.push(text(run));
    }
    return { type: 'paragraph', content };
  };
  const heading = (level: number, title: string): Node => {
    counts.headings += 1;
    const headingId = id('h');
    targets.push(headingId);
    return inline('heading', countWords(title), { id: headingId, level });
  };
  const note = (type: 'note' | 'example'): Node => {
    counts.notes += type === 'note' ? 1 : 0;
    const noteId = id(type === 'note' ? 'n' : 'e');
    return { type, attrs: { id: noteId }, content: [paragraph(1 + Math.floor(random() * 2))] };
  };
  const list = (depth: number): Node => {
    const ordered = depth !== 2 && random() < 0.6;
    const items: Node[] = [];
    const length = 2 + Math.floor(random() * 3);
    for (let index = 0; index < length; index += 1) {
      const item: Node[] = [paragraph(1)];
      if (depth < 3 && random() < 0.2) item.push(list(depth + 1));
      items.push({ type: 'listItem', content: item });
    }
    return ordered
      ? { type: 'orderedList', attrs: { style: depth === 1 ? 'alpha' : 'numeric' }, content: items }
      : { type: 'bulletList', content: items };
  };
  const cell = (type: 'tableHeader' | 'tableCell', value: string, colspan = 1): Node => ({
    type,
    attrs: { colspan, rowspan: 1 },
    content: [{ type: 'paragraph', content: [text(countWords(value))] }],
  });
  const table = (): Node => {
    counts.tables += 1;
    const tableId = id('t');
    targets.push(tableId);
    const columns = 3 + Math.floor(random() * 3);
    const rows: Node[] = [
      { type: 'tableRow', content: Array.from({ length: columns }, (_, index) => cell('tableHeader', `Column ${index + 1}`)) },
    ];
    const bodyRows = 4 + Math.floor(random() * 5);
    for (let row = 0; row < bodyRows; row += 1) {
      if (row === bodyRows - 1 && random() < 0.3) {
        rows.push({ type: 'tableRow', content: [cell('tableCell', 'Total'), cell('tableCell', pick(objects), columns - 1)] });
      } else {
        rows.push({ type: 'tableRow', content: Array.from({ length: columns }, () => cell('tableCell', pick(asn1Types))) });
      }
    }
    return {
      type: 'tableBlock',
      attrs: { id: tableId },
      content: [inline('caption', countWords(`${pick(asn1Types)} components and their use`)), { type: 'table', content: rows }],
    };
  };
  const figure = (): Node => {
    counts.figures += 1;
    const figureId = id('f');
    targets.push(figureId);
    return {
      type: 'figure',
      attrs: { id: figureId, src: figureImage, alt: 'Relationship between DSAs', original: null },
      content: [inline('caption', countWords('Relationship between the DUA, the DSAs and the DIB'))],
    };
  };
  const codeBlock = (language: CodeLanguage = 'asn1'): Node => {
    counts.codeBlocks += 1;
    const name = pick(asn1Types);
    const lines = [
      `${name}Module {joint-iso-itu-t ds(5) module(1) ${name.toLowerCase()}(${counts.codeBlocks}) 9}`,
      'DEFINITIONS ::=',
      'BEGIN',
    ];
    while (lines.length < 39) {
      const field = pick(asn1Types);
      lines.push(
        `${field} ::= SEQUENCE {`,
        `  ${field.charAt(0).toLowerCase()}${field.slice(1)}  [${lines.length}] ${pick(asn1Types)} OPTIONAL,`,
        '  ... }',
      );
    }
    lines.length = 39;
    lines.push('END');
    const code = lines.join('\n');
    countWords(code);
    return { type: 'codeBlock', attrs: { language }, content: [text(code)] };
  };
  const clauseBody = (wordsWanted: number): Node[] => {
    const body: Node[] = [];
    const start = counts.words;
    body.push(paragraph(3, true));
    while (counts.words - start < wordsWanted) {
      const roll = random();
      if (roll < 0.55) body.push(paragraph(3 + Math.floor(random() * 4), random() < 0.35));
      else if (roll < 0.7) body.push(list(1));
      else if (roll < 0.82) body.push(note('note'));
      else if (roll < 0.86) body.push(note('example'));
      else body.push(paragraph(2));
    }
    return body;
  };

  // Title block and front matter.
  blocks.push({
    type: 'titleBlock',
    content: ['Information technology', 'Open Systems Interconnection', 'The Directory: Overview of concepts, models and services'].map(
      (part) => inline('titlePart', countWords(part)),
    ),
  });
  for (const [kind, title] of [
    ['summary', 'Summary'],
    ['keywords', 'Keywords'],
    ['foreword', 'Foreword'],
    ['introduction', 'Introduction'],
  ] as const) {
    blocks.push(inline('unnumberedHeading', countWords(title), { id: id('u'), kind }));
    blocks.push(paragraph(5));
  }

  // 1 Scope.
  blocks.push(heading(1, 'Scope'), paragraph(6), paragraph(4));

  // 2 Normative references, in their three groups.
  blocks.push(heading(1, 'Normative references'));
  blocks.push({
    type: 'paragraph',
    content: [
      text(
        countWords(
          'The following Recommendations and International Standards contain provisions which, through reference in this text, constitute provisions of this Recommendation | International Standard.',
        ),
      ),
    ],
  });
  const groups: readonly [ReferenceGroup, string, number][] = [
    ['identical', 'Identical Recommendations | International Standards', 10],
    ['paired', 'Paired Recommendations | International Standards equivalent in technical content', 3],
    ['additional', 'Additional references', 4],
  ];
  let part = 1;
  for (const [group, title, count] of groups) {
    blocks.push(heading(2, title));
    for (let index = 0; index < count; index += 1) {
      part += 1;
      const referenceId = id('r');
      targets.push(referenceId);
      blocks.push(
        inline(
          'referenceEntry',
          countWords(
            `Recommendation ITU-T X.5${String(part).padStart(2, '0')} (2019) | ISO/IEC 9594-${part}:2020, Information technology – The Directory`,
          ),
          { id: referenceId, group },
        ),
      );
    }
  }

  // 3 Definitions, 4 Abbreviations, 5 Conventions.
  blocks.push(heading(1, 'Definitions'), heading(2, 'Terms defined in this Recommendation | International Standard'));
  for (let index = 0; index < Math.max(5, Math.round(40 * scale)); index += 1) {
    counts.termEntries += 1;
    const termId = id('d');
    targets.push(termId);
    blocks.push({
      type: 'termEntry',
      attrs: { id: termId },
      content: [
        inline('termName', countWords(`${pick(asn1Types).toLowerCase()} ${index + 1}`)),
        inline('termDefinition', countWords(pick(objects))),
      ],
    });
  }
  blocks.push(heading(1, 'Abbreviations'));
  for (const [abbreviation, expansion] of [
    ['DIB', 'Directory Information Base'],
    ['DIT', 'Directory Information Tree'],
    ['DSA', 'Directory System Agent'],
    ['DUA', 'Directory User Agent'],
    ['RDN', 'Relative Distinguished Name'],
  ]) {
    blocks.push({
      type: 'abbreviationEntry',
      content: [inline('abbreviation', countWords(abbreviation!)), inline('expansion', countWords(expansion!))],
    });
  }
  blocks.push(heading(1, 'Conventions'), paragraph(4));

  // Body clauses, then annexes: about 400 headings, shared out so tables, figures and code fall evenly.
  const totalHeadings = Math.max(20, Math.round(400 * scale));
  const annexHeadings = Math.round(totalHeadings * 0.15);
  const bodyHeadings = totalHeadings - counts.headings - annexHeadings;
  const wordsPerHeading = Math.max(60, Math.round((150_000 * scale - counts.words - 45_000 * scale) / totalHeadings));
  let placed = 0;
  const spread = (total: number, done: number, slots: number): boolean =>
    done < total && random() < (total - done) / Math.max(1, slots - placed);

  const clause = (level: number, title: string): void => {
    blocks.push(heading(level, title));
    placed += 1;
    blocks.push(...clauseBody(wordsPerHeading));
    if (spread(budget.tables, counts.tables, totalHeadings)) blocks.push(table(), paragraph(2, true));
    if (spread(budget.tables, counts.tables, totalHeadings)) blocks.push(table());
    if (spread(budget.figures, counts.figures, totalHeadings)) blocks.push(figure(), paragraph(2, true));
    if (spread(budget.codeBlocks, counts.codeBlocks, totalHeadings)) blocks.push(codeBlock());
  };

  let bodyPlaced = 0;
  for (let chapter = 0; bodyPlaced < bodyHeadings; chapter += 1) {
    clause(1, clauseTitles[chapter % clauseTitles.length]!);
    bodyPlaced += 1;
    for (let section = 0; section < 6 && bodyPlaced < bodyHeadings; section += 1) {
      clause(2, `${pick(clauseTitles)} – ${pick(asn1Types)}`);
      bodyPlaced += 1;
      for (let subsection = 0; subsection < 3 && bodyPlaced < bodyHeadings; subsection += 1) {
        if (random() < 0.5) continue;
        clause(3, `${pick(asn1Types)} procedures`);
        bodyPlaced += 1;
      }
    }
  }

  const annexes: readonly ['annex' | 'appendix', boolean, string][] = [
    ['annex', true, 'Abstract syntax of the Directory'],
    ['annex', true, 'Operational attributes'],
    ['annex', false, 'Examples of Directory use'],
    ['appendix', false, 'Amendments and corrigenda'],
    ['appendix', false, 'Use of the Directory in other specifications'],
  ];
  annexes.forEach(([kind, normative, title], index) => {
    const annexId = id('a');
    targets.push(annexId);
    counts.headings += 1;
    blocks.push(inline('annexHeading', countWords(title), { id: annexId, kind, normative }));
    placed += 1;
    const perAnnex = Math.ceil(annexHeadings / annexes.length) - 1;
    for (let section = 0; section < perAnnex && counts.headings < totalHeadings; section += 1)
      clause(section % 3 === 2 ? 2 : 1, `${pick(clauseTitles)}`);
    // The first annex holds the ASN.1 modules still owed, as Annex A of X.500-series texts does.
    if (index === 0) while (counts.codeBlocks < budget.codeBlocks) blocks.push(codeBlock());
  });
  while (counts.tables < budget.tables) blocks.push(table());
  while (counts.figures < budget.figures) blocks.push(figure());
  // Top up to the word count at the end of the last appendix, before the bibliography.
  while (counts.words < 150_000 * scale * 0.97) blocks.push(paragraph(6, true));
  blocks.push(inline('unnumberedHeading', countWords('Bibliography'), { id: id('u'), kind: 'bibliography' }));
  blocks.push(paragraph(2));
  return { doc: { type: 'doc', content: blocks }, stats: { ...counts } };
}

/** A small vector drawing, as a data: URL, for every generated figure. */
const figureImage = `data:image/svg+xml;base64,${btoa(
  '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="200" viewBox="0 0 480 200">' +
    '<rect x="10" y="70" width="100" height="60" fill="none" stroke="black"/><text x="60" y="105" font-size="16" text-anchor="middle">DUA</text>' +
    '<rect x="190" y="70" width="100" height="60" fill="none" stroke="black"/><text x="240" y="105" font-size="16" text-anchor="middle">DSA</text>' +
    '<rect x="370" y="70" width="100" height="60" fill="none" stroke="black"/><text x="420" y="105" font-size="16" text-anchor="middle">DSA</text>' +
    '<line x1="110" y1="100" x2="190" y2="100" stroke="black"/><line x1="290" y1="100" x2="370" y2="100" stroke="black"/></svg>',
)}`;
