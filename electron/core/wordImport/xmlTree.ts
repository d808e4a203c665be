import { ProjectError } from '../projectError';

/** An XML element: its qualified name ("w:p"), attributes by qualified name, and children in order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlLimits {
  /** Deeper nesting than any real Word part (a table in a table in a text box is about 40). */
  readonly depth: number;
  /** Elements in one part: a 300-page document has a few hundred thousand; the tree costs about 200 bytes each. */
  readonly elements: number;
}

export const defaultXmlLimits: XmlLimits = { depth: 256, elements: 5_000_000 };

/** Elements whose whitespace is text (Word's w:t, w:delText, w:instrText; math m:t). */
const textElements = new Set(['w:t', 'w:delText', 'w:instrText', 'w:delInstrText', 'm:t', 'a:t']);

const namedEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

interface OpenElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlNode[];
}

/**
 * Parses one XML part into a tree. A small parser of its own because Word's parts are plain XML
 * (no DTDs, no external entities) and a tree of this shape is several times cheaper to build
 * than a DOM. A DOCTYPE is refused, so an entity cannot expand; nesting and size are bounded,
 * so a hostile part cannot exhaust the stack or the memory.
 */
export function parseXml(text: string, part: string, limits: XmlLimits = defaultXmlLimits): XmlElement {
  const damaged = (what: string) => new ProjectError('damaged', `The part ${part} of the Word document is damaged: ${what}.`);
  const root: OpenElement = { name: '#document', attributes: {}, children: [] };
  const stack: OpenElement[] = [root];
  let elements = 0;
  let position = 0;
  const length = text.length;
  while (position < length) {
    const open = text.indexOf('<', position);
    const textEnd = open < 0 ? length : open;
    if (textEnd > position) {
      const current = stack[stack.length - 1]!;
      const raw = text.slice(position, textEnd);
      if (textElements.has(current.name)) current.children.push(decodeEntities(raw, damaged));
      else if (raw.trim() !== '' && stack.length > 1) current.children.push(decodeEntities(raw, damaged));
    }
    if (open < 0) break;
    const next = text.charCodeAt(open + 1);
    if (next === 0x3f /* ? */) {
      const end = text.indexOf('?>', open + 2);
      if (end < 0) throw damaged('a processing instruction does not end');
      position = end + 2;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', open)) {
        const end = text.indexOf('-->', open + 4);
        if (end < 0) throw damaged('a comment does not end');
        position = end + 3;
      } else if (text.startsWith('<![CDATA[', open)) {
        const end = text.indexOf(']]>', open + 9);
        if (end < 0) throw damaged('a CDATA section does not end');
        stack[stack.length - 1]!.children.push(text.slice(open + 9, end));
        position = end + 3;
      } else {
        throw damaged('it declares a DOCTYPE, which Word never writes');
      }
      continue;
    }
    const close = text.indexOf('>', open + 1);
    if (close < 0) throw damaged('the file ends inside a tag');
    if (next === 0x2f /* / */) {
      const name = text.slice(open + 2, close).trim();
      const current = stack.pop();
      if (!current || current === root || current.name !== name) throw damaged(`the element </${name}> closes nothing that is open`);
      position = close + 1;
      continue;
    }
    const selfClosing = text.charCodeAt(close - 1) === 0x2f;
    const inner = text.slice(open + 1, selfClosing ? close - 1 : close);
    const element = parseTag(inner, damaged);
    elements += 1;
    if (elements > limits.elements) throw damaged(`it has more than ${limits.elements.toLocaleString('en')} elements`);
    stack[stack.length - 1]!.children.push(element);
    if (!selfClosing) {
      stack.push(element);
      if (stack.length - 1 > limits.depth)
        throw new ProjectError(
          'damaged',
          `The part ${part} of the Word document is nested more than ${limits.depth} levels deep, deeper than any real document.`,
        );
    }
    position = close + 1;
  }
  if (stack.length > 1) throw damaged(`the element <${stack[stack.length - 1]!.name}> is never closed`);
  const top = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!top) throw damaged('it holds no XML element');
  return top;
}

function parseTag(inner: string, damaged: (what: string) => Error): OpenElement {
  let index = 0;
  while (index < inner.length && !isSpace(inner.charCodeAt(index))) index += 1;
  const name = inner.slice(0, index);
  if (name === '') throw damaged('an element has no name');
  const attributes: Record<string, string> = {};
  while (index < inner.length) {
    while (index < inner.length && isSpace(inner.charCodeAt(index))) index += 1;
    if (index >= inner.length) break;
    const equals = inner.indexOf('=', index);
    if (equals < 0) throw damaged(`the element <${name}> has an attribute without a value`);
    const attribute = inner.slice(index, equals).trim();
    let quoteAt = equals + 1;
    while (quoteAt < inner.length && isSpace(inner.charCodeAt(quoteAt))) quoteAt += 1;
    const quote = inner[quoteAt];
    if (quote !== '"' && quote !== "'") throw damaged(`the attribute ${attribute} of <${name}> is not quoted`);
    const end = inner.indexOf(quote, quoteAt + 1);
    if (end < 0) throw damaged(`the attribute ${attribute} of <${name}> does not end`);
    attributes[attribute] = decodeEntities(inner.slice(quoteAt + 1, end), damaged);
    index = end + 1;
  }
  return { name, attributes, children: [] };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function decodeEntities(raw: string, damaged: (what: string) => Error): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{1,10});/g, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw damaged(`it has a bad character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const value = namedEntities[entity];
    if (value === undefined) throw damaged(`it uses an undeclared entity ${whole}`);
    return value;
  });
}

/** The child elements of an element, optionally only those with this name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const result: XmlElement[] = [];
  for (const child of element.children) if (typeof child !== 'string' && (name === undefined || child.name === name)) result.push(child);
  return result;
}

/** The first child element with this name. */
export function childElement(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const child of element.children) if (typeof child !== 'string' && child.name === name) return child;
  return undefined;
}

/** The text directly inside an element. */
export function elementText(element: XmlElement): string {
  let text = '';
  for (const child of element.children) if (typeof child === 'string') text += child;
  return text;
}

/** Every descendant element with this name, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const stack: XmlElement[] = [element];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (let index = current.children.length - 1; index >= 0; index -= 1) {
      const child = current.children[index]!;
      if (typeof child === 'string') continue;
      stack.push(child);
    }
    if (current !== element && current.name === name) found.push(current);
  }
  return found;
}
