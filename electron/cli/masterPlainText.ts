import { annexStatement } from '../../shared/domain/documentModel';
import type { Organization } from '../../shared/domain/documentModel';
import type { CrossReferenceUse } from '../../shared/domain/numbering/crossReferenceUse';
import { listItemMarker } from '../../shared/domain/numbering/listItemMarker';
import type { NumberedEntry } from '../../shared/domain/numbering/numberedEntry';
import type { Numbering } from '../../shared/domain/numbering/numbering';
import { resolveCrossReference } from '../../shared/domain/numbering/resolveCrossReference';
import type { DocumentJson } from '../../shared/domain/project';

const organizationNames: Readonly<Record<Organization, string>> = { 'itu-t': 'ITU-T', 'iso-iec': 'ISO/IEC' };

/** Blocks that start a new part of the text, set off by a blank line. */
const headingTypes = new Set(['heading', 'annexHeading', 'unnumberedHeading', 'titleBlock']);

/**
 * A master as plain text, read as the published text reads: numbers and labels before headings,
 * tables, figures, notes and terms, the fixed statement under each annex title, cross-references
 * replaced by what they read, footnotes numbered after the block that calls them.
 */
export function masterPlainText(master: DocumentJson, numbering: Numbering<DocumentJson>): string {
  const lines = new PlainText(numbering).blocks(master.content ?? []);
  while (lines[0] === '') lines.shift();
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

class PlainText {
  private readonly entries: ReadonlyMap<DocumentJson, NumberedEntry<DocumentJson>>;
  private readonly references: ReadonlyMap<DocumentJson, CrossReferenceUse<DocumentJson>>;
  private footnotes = 0;
  private pendingFootnotes: string[] = [];

  constructor(private readonly numbering: Numbering<DocumentJson>) {
    this.entries = new Map(numbering.entries.map((entry) => [entry.node, entry]));
    this.references = new Map(numbering.crossReferences.map((use) => [use.node, use]));
  }

  blocks(nodes: readonly DocumentJson[]): string[] {
    const lines: string[] = [];
    for (const node of nodes) {
      if (headingTypes.has(node.type) && lines.length > 0) lines.push('');
      lines.push(...this.block(node));
      // Footnotes follow the block that calls them, as a reader of plain text needs them near.
      lines.push(...this.pendingFootnotes.splice(0));
    }
    return lines;
  }

  private block(node: DocumentJson): string[] {
    const entry = this.entries.get(node);
    const children = node.content ?? [];
    switch (node.type) {
      case 'titleBlock':
        return [children.map((part) => this.inline(part)).join(' – ')];
      case 'unnumberedHeading':
      case 'paragraph':
        return this.inline(node).split('\n');
      case 'heading':
        return prefixed(this.inline(node).split('\n'), `${entry?.label ?? ''}  `, '');
      case 'annexHeading': {
        const appendix = node.attrs?.kind === 'appendix';
        return [
          entry?.label ?? '',
          ...this.inline(node).split('\n'),
          annexStatement(appendix ? 'appendix' : 'annex', entry?.normative === true),
        ];
      }
      case 'bulletList':
      case 'orderedList': {
        const list = node.type === 'bulletList' ? 'bullet' : node.attrs?.style === 'numeric' ? 'numeric' : 'alpha';
        return children.flatMap((item, index) => {
          const marker = `${listItemMarker(list, index)} `;
          return prefixed(this.blocks(item.content ?? []), marker, ' '.repeat(marker.length));
        });
      }
      case 'note':
      case 'example':
        return prefixed(this.blocks(children), `${entry?.label ?? ''} – `, '');
      case 'tableBlock':
        return children.flatMap((child) => {
          if (child.type === 'caption') return [titled(entry?.label ?? '', this.inline(child))];
          if (child.type === 'table') return (child.content ?? []).map((row) => this.tableRow(row));
          return this.blocks([child]);
        });
      case 'figure': {
        const alt = typeof node.attrs?.alt === 'string' && node.attrs.alt !== '' ? `: ${node.attrs.alt}` : '';
        const caption = children.find((child) => child.type === 'caption');
        return [`[image${alt}]`, titled(entry?.label ?? '', caption ? this.inline(caption) : '')];
      }
      case 'codeBlock':
        return children
          .map((child) => child.text ?? '')
          .join('')
          .split('\n');
      case 'termEntry': {
        const name = children.find((child) => child.type === 'termName');
        const definition = children.find((child) => child.type === 'termDefinition');
        return [`${entry?.label ?? ''} ${name ? this.inline(name) : ''}: ${definition ? this.inline(definition) : ''}`];
      }
      case 'abbreviationEntry':
        return [children.map((child) => this.inline(child)).join('  ')];
      case 'referenceEntry':
        return prefixed(this.inline(node).split('\n'), '– ', '  ');
      case 'organizationBlock': {
        const name = organizationNames[node.attrs?.organization as Organization] ?? String(node.attrs?.organization);
        return [`[${name} only]`, ...this.blocks(children), `[end of ${name} only]`];
      }
      default:
        // A block this version does not know: its text, so nothing the master holds goes unseen.
        return children.some((child) => child.text !== undefined) ? this.inline(node).split('\n') : this.blocks(children);
    }
  }

  private tableRow(row: DocumentJson): string {
    return (row.content ?? []).map((cell) => this.blocks(cell.content ?? []).join(' ')).join(' | ');
  }

  private inline(node: DocumentJson): string {
    let text = '';
    for (const child of node.content ?? []) {
      switch (child.type) {
        case 'text': {
          const organization = child.marks?.find((mark) => mark.type === 'organization')?.attrs?.organization as Organization | undefined;
          text += organization ? `[${organizationNames[organization] ?? organization} only: ${child.text ?? ''}]` : (child.text ?? '');
          break;
        }
        case 'hardBreak':
          text += '\n';
          break;
        case 'crossReference': {
          const use = this.references.get(child);
          text += use ? resolveCrossReference(this.numbering, use.target, use.form).text : '';
          break;
        }
        case 'placeholder': {
          // What it holds (a text box's words), or what it is: "[Embedded object (Visio)]".
          const held = typeof child.attrs?.text === 'string' ? child.attrs.text : '';
          const description = typeof child.attrs?.description === 'string' ? child.attrs.description : '';
          text += held !== '' ? held : description !== '' ? `[${description}]` : '';
          break;
        }
        case 'footnote':
          this.footnotes += 1;
          text += `[${this.footnotes}]`;
          this.pendingFootnotes.push(`[${this.footnotes}] ${typeof child.attrs?.text === 'string' ? child.attrs.text : ''}`);
          break;
        default:
          text += this.inline(child);
      }
    }
    return text;
  }
}

/** "Table 1 – Caption", or "Table 1" alone when the caption is empty. */
function titled(label: string, caption: string): string {
  return caption === '' ? label : `${label} – ${caption}`;
}

/** The lines with `first` before the first and `rest` before the others. */
function prefixed(lines: readonly string[], first: string, rest: string): string[] {
  if (lines.length === 0) return [first.trimEnd()];
  return lines.map((line, index) => (index === 0 ? first : rest) + line);
}
