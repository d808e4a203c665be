import type { DocumentJson } from '../project';

const idOf = (node: DocumentJson): string => (typeof node.attrs?.id === 'string' ? node.attrs.id : '');

/** The clause in force after `node`: its own if it starts one, none after an unnumbered heading (front or back matter). */
function clauseAfter(clause: string, node: DocumentJson): string {
  switch (node.type) {
    case 'heading':
    case 'annexHeading':
      return idOf(node);
    case 'unnumberedHeading':
      return '';
    case 'organizationBlock':
      // Text for one organization may hold headings of its own.
      return (node.content ?? []).reduce(clauseAfter, clause);
    default:
      return clause;
  }
}

/**
 * A function that tells, for a path in `doc`, the id of the heading or annex heading of the clause
 * standing there: the nearest one at or before it; '' in the front matter and after an unnumbered
 * heading. The clause in force before each top-level block is worked out once, on the first call.
 */
export function clauseLocator(doc: DocumentJson): (path: readonly number[]) => string {
  let before: string[] | null = null;
  return (path) => {
    const blocks = doc.content ?? [];
    if (!before) {
      before = [];
      let clause = '';
      for (const block of blocks) {
        before.push(clause);
        clause = clauseAfter(clause, block);
      }
      before.push(clause);
    }
    const top = path[0];
    if (top === undefined) return '';
    let clause = before[Math.min(top, blocks.length)]!;
    let node = blocks[top];
    for (let depth = 1; node?.type === 'organizationBlock' && depth < path.length; depth += 1) {
      const children = node.content ?? [];
      clause = children.slice(0, path[depth]).reduce(clauseAfter, clause);
      node = children[path[depth]!];
    }
    return node && (node.type === 'heading' || node.type === 'annexHeading' || node.type === 'unnumberedHeading')
      ? clauseAfter(clause, node)
      : clause;
  };
}
