import { xmlAttribute } from './wordXml';

const relationshipTypes = {
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  settings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings',
  fontTable: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  footnotes: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes',
  header: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header',
  footer: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
} as const;

export type RelationshipKind = keyof typeof relationshipTypes;

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/**
 * The package being written around word/document.xml: its relationships, media and content types.
 * Parts are added as the body is written (an image, a kept original's parts), so ids are handed
 * out here, never guessed.
 */
export class PackageParts {
  private readonly relationships: Relationship[] = [];
  private readonly files: { path: string; data: Uint8Array | string }[] = [];
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>([
    ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
    ['xml', 'application/xml'],
  ]);
  private media = 0;

  /** Relates a part of word/ (path relative to word/) or an external URL to the document; returns the id. */
  relate(kind: RelationshipKind, target: string, external = false): string {
    const id = `rId${this.relationships.length + 1}`;
    this.relationships.push({ id, type: relationshipTypes[kind], target, external });
    return id;
  }

  /** Adds a part under word/ with its content type (an Override). */
  addPart(pathInWord: string, contentType: string, data: Uint8Array | string): void {
    this.files.push({ path: `word/${pathInWord}`, data });
    this.overrides.set(`/word/${pathInWord}`, contentType);
  }

  /** Adds a picture or other binary under word/media/ and relates it; returns the relationship id. */
  addMedia(bytes: Uint8Array, contentType: string, extension: string): string {
    this.media += 1;
    const ext = extension.toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';
    const name = `media/part${this.media}.${ext}`;
    this.files.push({ path: `word/${name}`, data: bytes });
    if (!this.defaults.has(ext)) this.defaults.set(ext, contentType);
    else if (this.defaults.get(ext) !== contentType) this.overrides.set(`/word/${name}`, contentType);
    return this.relate('image', name);
  }

  /** Adds a part a kept original refers to (an EMF, an embedded object), related by the type it had. */
  addOriginalPart(bytes: Uint8Array, contentType: string, sourcePath: string): string {
    this.media += 1;
    const ext = (sourcePath.split('.').pop() ?? 'bin').toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';
    const folder = /^image\//.test(contentType) ? 'media' : 'embeddings';
    const name = `${folder}/part${this.media}.${ext}`;
    this.files.push({ path: `word/${name}`, data: bytes });
    this.overrides.set(`/word/${name}`, contentType || 'application/octet-stream');
    const type = /^image\//.test(contentType)
      ? relationshipTypes.image
      : contentType.includes('oleObject')
        ? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject'
        : /chart/.test(contentType)
          ? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart'
          : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package';
    const id = `rId${this.relationships.length + 1}`;
    this.relationships.push({ id, type, target: name, external: false });
    return id;
  }

  documentRelationships(): string {
    const items = this.relationships
      .map(
        (each) =>
          `<Relationship Id="${each.id}" Type="${each.type}" Target="${xmlAttribute(each.target)}"${each.external ? ' TargetMode="External"' : ''}/>`,
      )
      .join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  }

  contentTypes(): string {
    const defaults = [...this.defaults].map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('');
    const overrides = [
      ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
      ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
      ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
      ...this.overrides,
    ]
      .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
      .join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults}${overrides}</Types>`;
  }

  /** The parts added (media, headers, footers, footnotes, styles …), in the order added. */
  addedFiles(): readonly { path: string; data: Uint8Array | string }[] {
    return this.files;
  }
}
