import { Node } from '@tiptap/core';

/** The master: a flat sequence of blocks (clauses run from their heading to the next, as in Word). */
export const Document = Node.create({
  name: 'doc',
  topNode: true,
  content: 'block+',
});
