import type { Attribute } from '@tiptap/core';

/** A cell's colspan or rowspan, read from and written to the HTML attribute of that name. */
export function spanAttribute(name: 'colspan' | 'rowspan'): Attribute {
  return {
    default: 1,
    parseHTML: (element) => {
      const value = Number.parseInt(element.getAttribute(name) ?? '1', 10);
      return Number.isFinite(value) && value > 0 ? value : 1;
    },
    renderHTML: (attributes) => (Number(attributes[name]) > 1 ? { [name]: String(attributes[name]) } : {}),
  };
}
