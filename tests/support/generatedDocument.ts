import type { DocumentJson } from '../../shared/domain/project';

const words = 'directory entry attribute value distinguished name schema object class service agent operation protocol'.split(' ');

/** A master of about `pages` pages (roughly 570 words a page): numbered clauses of paragraphs. */
export function generatedDocument(pages: number): DocumentJson {
  const content: DocumentJson[] = [];
  let word = 0;
  const paragraph = (length: number): DocumentJson => {
    const text: string[] = [];
    for (let index = 0; index < length; index += 1) text.push(words[(word += 7) % words.length]!);
    return { type: 'paragraph', content: [{ type: 'text', text: text.join(' ') + '.' }] };
  };
  for (let page = 0; page < pages; page += 1) {
    content.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: `Clause ${page + 1}` }] });
    for (let block = 0; block < 8; block += 1) content.push(paragraph(70));
  }
  return { type: 'doc', content };
}
