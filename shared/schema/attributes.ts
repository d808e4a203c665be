import type { Attribute } from '@tiptap/core';

/**
 * Attribute specs shared by the master's nodes. Every attribute is stored in the ProseMirror JSON
 * under its documentModel name and written to the DOM as a `data-` attribute, so copy and paste
 * inside the app keeps ids, levels and kinds.
 */

/** A string attribute kept in `data-<name>`. */
export function textAttribute(name: string, fallback: string): Attribute {
  return {
    default: fallback,
    parseHTML: (element) => element.getAttribute(`data-${name}`) ?? fallback,
    renderHTML: (attributes) => ({ [`data-${name}`]: String(attributes[name] ?? fallback) }),
  };
}

/** One of a fixed set of values, kept in `data-<name>`; anything else reads as the fallback. */
export function choiceAttribute<T extends string>(name: string, choices: readonly T[], fallback: T): Attribute {
  return {
    default: fallback,
    parseHTML: (element) => {
      const value = element.getAttribute(`data-${name}`);
      return choices.find((choice) => choice === value) ?? fallback;
    },
    renderHTML: (attributes) => ({ [`data-${name}`]: String(attributes[name] ?? fallback) }),
  };
}

/** A whole number kept in `data-<name>`, clamped to [min, max]. */
export function numberAttribute(name: string, fallback: number, min: number, max: number): Attribute {
  return {
    default: fallback,
    parseHTML: (element) => {
      const value = Number.parseInt(element.getAttribute(`data-${name}`) ?? '', 10);
      return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
    },
    renderHTML: (attributes) => ({ [`data-${name}`]: String(attributes[name] ?? fallback) }),
  };
}

/** A yes/no attribute kept in `data-<name>` as "true" or "false". */
export function booleanAttribute(name: string, fallback: boolean): Attribute {
  return {
    default: fallback,
    parseHTML: (element) => {
      const value = element.getAttribute(`data-${name}`);
      return value === null ? fallback : value === 'true';
    },
    renderHTML: (attributes) => ({ [`data-${name}`]: String(attributes[name] ?? fallback) }),
  };
}

/**
 * The stable id of a numbered or referable block: what cross-references point at. Empty until the
 * block-id plugin (./blockIds) gives one; a pasted copy of a block gets a new one there too.
 */
export function idAttribute(): Attribute {
  return textAttribute('id', '');
}
