import fs from 'node:fs';
import path from 'node:path';
import { ProjectError } from '../projectError';
import { openWordPackage } from '../wordImport/wordPackage';
import { normalizedStyleName } from '../wordImport/paragraphRole';
import { childElement, childElements, parseXml } from '../wordImport/xmlTree';

/**
 * The paragraph and character styles export writes, by what they are for, with the names ITU's
 * template gives them (matched as the importer matches them: "Rec_No", "RecNo", "Rec No" alike).
 */
export const exportStyleNames = {
  normal: ['Normal'],
  heading1: ['heading 1'],
  heading2: ['heading 2'],
  heading3: ['heading 3'],
  heading4: ['heading 4'],
  heading5: ['heading 5'],
  heading6: ['heading 6'],
  headingb: ['Heading_b'],
  recNo: ['Rec_No'],
  recTitle: ['Rec_title'],
  annexTitle: ['Annex_No & title', 'Annex_NoTitle'],
  appendixTitle: ['Appendix_No & title', 'Appendix_NoTitle'],
  note: ['Note'],
  enumlev1: ['enumlev1'],
  enumlev2: ['enumlev2'],
  enumlev3: ['enumlev3'],
  tableTitle: ['Table_NoTitle'],
  tableHead: ['Table_head'],
  tableText: ['Table_text'],
  figure: ['Figure'],
  figureTitle: ['Figure_NoTitle'],
  code: ['ASN.1'],
  refText: ['Ref_text'],
  tocHeading: ['toc 0'],
  toc1: ['toc 1'],
  toc2: ['toc 2'],
  toc3: ['toc 3'],
  header: ['header'],
  footer: ['footer'],
  footnoteText: ['footnote text'],
  footnoteReference: ['footnote reference'],
  hyperlink: ['Hyperlink'],
} as const satisfies Record<string, readonly string[]>;

export type ExportStyle = keyof typeof exportStyleNames;

/** The parts of a template export takes: its styles (completed with the built-in ones it lacks), theme and fonts. */
export interface WordTemplate {
  /** Where it came from, for messages and the cover sheet: "built-in" or the file's name. */
  readonly name: string;
  readonly stylesXml: string;
  readonly themeXml: string | null;
  readonly fontTableXml: string | null;
  /** The style id to write for each role. */
  readonly styleIds: Readonly<Record<ExportStyle, string>>;
  /** The styles the chosen template lacked (their Word names, "Note"), taken from the built-in template. */
  readonly completed: readonly string[];
}

const builtInFile = 'itu-common-text.docx';

/** The built-in template, found beside the code however it is run (sources, dist bundle, packaged app). */
export function builtInTemplatePath(): string {
  let folder = __dirname;
  for (let depth = 0; depth < 6; depth += 1) {
    const candidate = path.join(folder, 'resources', 'templates', builtInFile);
    if (fs.existsSync(candidate)) return candidate;
    folder = path.dirname(folder);
  }
  throw new Error(`The built-in Word template (resources/templates/${builtInFile}) is missing from this installation.`);
}

let builtIn: WordTemplate | null = null;

/**
 * Loads the template export writes with: the built-in one (ITU's Recommendation skeleton), or a
 * .docx/.dotx the user chose, whose styles replace the built-in ones of the same name; styles it
 * lacks are taken from the built-in template, so every paragraph still has its style.
 */
export function loadWordTemplate(file?: string): WordTemplate {
  builtIn ??= readTemplate(builtInTemplatePath(), 'built-in', null);
  if (file === undefined) return builtIn;
  return readTemplate(file, path.basename(file), builtIn);
}

interface StyleElement {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly basedOn: string | null;
  readonly xml: string;
}

function readTemplate(file: string, name: string, fallback: WordTemplate | null): WordTemplate {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new ProjectError('not-found', `The template “${path.basename(file)}” cannot be read: ${(error as Error).message}`);
  }
  const pack = openWordPackage(bytes, path.basename(file));
  const stylesPath = [...pack.relationships(pack.documentPath).values()].find((each) => each.type.endsWith('/styles'))?.target;
  const stylesXml = stylesPath ? pack.text(stylesPath) : null;
  if (stylesXml === null) {
    throw new ProjectError(
      'not-a-word-document',
      `The template “${path.basename(file)}” has no styles: choose a Word document or template (.docx, .dotx) that has them.`,
    );
  }
  const related = (suffix: string): string | null => {
    const target = [...pack.relationships(pack.documentPath).values()].find((each) => each.type.endsWith(suffix))?.target;
    return target ? pack.text(target) : null;
  };
  const styles = styleElements(stylesXml, file);
  const byName = new Map<string, StyleElement>();
  for (const style of styles) {
    if (!byName.has(normalizedStyleName(style.name))) byName.set(normalizedStyleName(style.name), style);
    if (!byName.has(normalizedStyleName(style.id))) byName.set(normalizedStyleName(style.id), style);
  }
  const ids = new Set(styles.map((style) => style.id));
  const styleIds = {} as Record<ExportStyle, string>;
  const completed: string[] = [];
  const added: string[] = [];
  for (const role of Object.keys(exportStyleNames) as ExportStyle[]) {
    const found = exportStyleNames[role].map((each) => byName.get(normalizedStyleName(each))).find((each) => each !== undefined);
    if (found) {
      styleIds[role] = found.id;
      continue;
    }
    if (!fallback) throw new Error(`The built-in template lacks the style “${exportStyleNames[role][0]}”.`);
    completed.push(exportStyleNames[role][0]);
    // The built-in style, with the styles it is based on that the template lacks too.
    for (const style of fallbackChain(fallback, fallback.styleIds[role])) {
      if (ids.has(style.id)) continue;
      ids.add(style.id);
      added.push(style.xml);
    }
    styleIds[role] = fallback.styleIds[role];
  }
  return {
    name,
    stylesXml: added.length === 0 ? stylesXml : stylesXml.replace(/<\/w:styles>\s*$/, `${added.join('')}</w:styles>`),
    themeXml: related('/theme') ?? fallback?.themeXml ?? null,
    fontTableXml: related('/fontTable') ?? fallback?.fontTableXml ?? null,
    styleIds,
    completed,
  };
}

/** The style elements of a styles part, each with its XML as written. */
function styleElements(xml: string, file: string): StyleElement[] {
  const root = parseXml(xml, `${path.basename(file)}: styles`);
  const texts = [...xml.matchAll(/<w:style\b[\s\S]*?<\/w:style>/g)].map((match) => match[0]);
  return childElements(root, 'w:style').map((element, index) => ({
    id: element.attributes['w:styleId'] ?? '',
    name: childElement(element, 'w:name')?.attributes['w:val'] ?? element.attributes['w:styleId'] ?? '',
    type: element.attributes['w:type'] ?? 'paragraph',
    basedOn: childElement(element, 'w:basedOn')?.attributes['w:val'] ?? null,
    xml: texts[index] ?? '',
  }));
}

const fallbackStyles = new WeakMap<WordTemplate, Map<string, StyleElement>>();

function fallbackChain(template: WordTemplate, id: string): StyleElement[] {
  let styles = fallbackStyles.get(template);
  if (!styles) {
    styles = new Map(styleElements(template.stylesXml, 'built-in').map((style) => [style.id, style]));
    fallbackStyles.set(template, styles);
  }
  const chain: StyleElement[] = [];
  for (let current = styles.get(id); current && chain.length < 20; current = current.basedOn ? styles.get(current.basedOn) : undefined) {
    chain.push(current);
  }
  return chain.reverse();
}
