import { describe, expect, it } from 'vitest';
import { ProjectError } from '../../electron/core/projectError';
import { childElement, elementText, parseXml } from '../../electron/core/wordImport/xmlTree';

function failure(text: string): ProjectError {
  try {
    parseXml(text, 'word/document.xml', { depth: 50, elements: 1000 });
  } catch (error) {
    if (error instanceof ProjectError) return error;
    throw error;
  }
  throw new Error('The XML was accepted.');
}

describe('reading the XML of a Word part', () => {
  it('reads elements, attributes, entities and the spaces inside w:t', () => {
    const root = parseXml(
      '<?xml version="1.0"?><w:p a="x &amp; y"><w:t xml:space="preserve"> A &lt;b&gt; &#8211; </w:t>\n  <w:tab/></w:p>',
      'part',
    );
    expect(root.attributes).toEqual({ a: 'x & y' });
    expect(elementText(childElement(root, 'w:t')!)).toBe(' A <b> – ');
    expect(root.children.length).toBe(2);
  });

  it('refuses XML nested deeper than any real document, without exhausting the stack', () => {
    const error = failure(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`);
    expect(error.code).toBe('damaged');
    expect(error.message).toBe(
      'The part word/document.xml of the Word document is nested more than 50 levels deep, deeper than any real document.',
    );
  });

  it('refuses a part with more elements than the limit', () => {
    expect(failure(`<a>${'<b/>'.repeat(2000)}</a>`).message).toContain('more than 1,000 elements');
  });

  it('refuses a DOCTYPE, so no entity can expand', () => {
    expect(failure('<!DOCTYPE a [<!ENTITY x "xxxxxxxx">]><a>&x;</a>').message).toContain('DOCTYPE');
  });

  it('names a truncated part as damaged', () => {
    expect(failure('<w:document><w:body><w:p>').message).toBe(
      'The part word/document.xml of the Word document is damaged: the element <w:p> is never closed.',
    );
    expect(failure('<w:document><w:bo').message).toContain('the file ends inside a tag');
  });
});
