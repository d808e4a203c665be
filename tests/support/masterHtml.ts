import type { NumberedEntry } from '../../shared/domain/numbering/numberedEntry';
import type { Numbering } from '../../shared/domain/numbering/numbering';
import { listItemMarker } from '../../shared/domain/numbering/listItemMarker';
import type { DocumentJson } from '../../shared/domain/project';

/**
 * A master as plain HTML, numbers computed, for tools that convert HTML to Word (pandoc, in the export
 * benchmark): the same content the app exports, in the form those tools take.
 */
export function masterHtml(master: DocumentJson, numbering: Numbering<DocumentJson>): string {
  const label = (node: DocumentJson): string => {
    const entry: NumberedEntry<DocumentJson> | undefined = numbering.byId.get(String(node.attrs?.id ?? ''));
    return entry?.label ?? '';
  };
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const inline = (nodes: readonly DocumentJson[] | undefined): string =>
    (nodes ?? [])
      .map((node) => {
        if (node.type === 'text') {
          let html = escape(node.text ?? '');
          for (const mark of node.marks ?? []) {
            const tag = { bold: 'b', italic: 'i', underline: 'u', subscript: 'sub', superscript: 'sup', code: 'code' }[mark.type];
            if (tag) html = `<${tag}>${html}</${tag}>`;
          }
          return html;
        }
        if (node.type === 'hardBreak') return '<br>';
        if (node.type === 'crossReference') {
          const entry = numbering.byId.get(String(node.attrs?.target ?? ''));
          return escape(entry?.referenceText[node.attrs?.form === 'number' ? 'number' : 'full'] ?? '');
        }
        if (node.type === 'footnote') return `<sup>[${escape(String(node.attrs?.text ?? ''))}]</sup>`;
        return inline(node.content);
      })
      .join('');
  const cellHtml = (cell: DocumentJson) => {
    const tag = cell.type === 'tableHeader' ? 'th' : 'td';
    return `<${tag} colspan="${Number(cell.attrs?.colspan ?? 1)}" rowspan="${Number(cell.attrs?.rowspan ?? 1)}">${blocks(cell.content)}</${tag}>`;
  };
  const table = (node: DocumentJson) =>
    `<table>${(node.content ?? []).map((row) => `<tr>${(row.content ?? []).map(cellHtml).join('')}</tr>`).join('')}</table>`;
  const block = (node: DocumentJson): string => {
    switch (node.type) {
      case 'heading':
        return `<h${node.attrs?.level ?? 1}>${label(node)} ${inline(node.content)}</h${node.attrs?.level ?? 1}>`;
      case 'annexHeading':
      case 'unnumberedHeading':
      case 'titleBlock':
        return `<h1>${label(node)} ${(node.content ?? []).every((child) => child.type === 'titlePart') ? (node.content ?? []).map((part) => inline(part.content)).join(' – ') : inline(node.content)}</h1>`;
      case 'bulletList':
      case 'orderedList':
        return `<ul>${(node.content ?? [])
          .map(
            (item, index) =>
              `<li>${listItemMarker(node.type === 'bulletList' ? 'bullet' : node.attrs?.style === 'numeric' ? 'numeric' : 'alpha', index)} ${blocks(item.content)}</li>`,
          )
          .join('')}</ul>`;
      case 'note':
      case 'example':
        return `<p>${label(node)} – ${(node.content ?? []).map((paragraph) => inline(paragraph.content)).join('</p><p>')}</p>`;
      case 'tableBlock':
        return (node.content ?? [])
          .map((child) =>
            child.type === 'caption'
              ? `<p><b>${label(node)} – ${inline(child.content)}</b></p>`
              : child.type === 'table'
                ? table(child)
                : block(child),
          )
          .join('');
      case 'table':
        return table(node);
      case 'figure':
        return `<p><img src="${String(node.attrs?.src ?? '')}" alt="${escape(String(node.attrs?.alt ?? ''))}"></p><p><b>${label(node)} – ${inline(node.content?.[0]?.content)}</b></p>`;
      case 'codeBlock':
        return `<pre>${inline(node.content)}</pre>`;
      case 'termEntry':
        return `<p>${label(node)} <b>${inline(node.content?.[0]?.content)}</b>: ${inline(node.content?.[1]?.content)}</p>`;
      case 'abbreviationEntry':
        return `<p>${inline(node.content?.[0]?.content)} ${inline(node.content?.[1]?.content)}</p>`;
      case 'organizationBlock':
        return blocks(node.content);
      default:
        return `<p>${inline(node.content)}</p>`;
    }
  };
  const blocks = (nodes: readonly DocumentJson[] | undefined): string => (nodes ?? []).map(block).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Master</title></head><body>\n${blocks(master.content)}\n</body></html>\n`;
}
