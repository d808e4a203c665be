import type { XmlElement } from './xmlTree';

/** Writes an element back as XML: what a placeholder keeps of the original for export. */
export function serializeXml(element: XmlElement): string {
  let xml = `<${element.name}`;
  for (const [name, value] of Object.entries(element.attributes)) xml += ` ${name}="${escape(value, true)}"`;
  if (element.children.length === 0) return `${xml}/>`;
  xml += '>';
  for (const child of element.children) xml += typeof child === 'string' ? escape(child, false) : serializeXml(child);
  return `${xml}</${element.name}>`;
}

function escape(text: string, attribute: boolean): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute ? escaped.replace(/"/g, '&quot;') : escaped;
}
