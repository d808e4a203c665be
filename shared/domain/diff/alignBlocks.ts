import type { DocumentJson } from '../project';
import { blockSimilarity, similarEnough } from './blockSimilarity';
import { equalRuns } from './equalRuns';
import { longestIncreasing } from './longestIncreasing';
import { plainText } from './plainText';

/**
 * How a child of the older parent relates to one of the newer:
 * - same: the same block, unchanged, in order;
 * - pair: the same block, changed inside (or in its attributes), in order;
 * - move: the same block (perhaps changed), out of order: it stands elsewhere among its siblings;
 * - delete: only in the older; insert: only in the newer.
 */
export type BlockStepKind = 'same' | 'pair' | 'move' | 'delete' | 'insert';

export interface BlockStep {
  readonly kind: BlockStepKind;
  /** Index in the older parent; -1 for an insert. */
  readonly older: number;
  /** Index in the newer parent; -1 for a delete. */
  readonly newer: number;
  /** The two blocks are equal as JSON: nothing inside needs a look. */
  readonly identical: boolean;
}

/** Beside a moved block, a neighbour that moved with it may have been edited more. */
const similarBesideMove = 0.3;
/** Bounds on the work spent in the stretch between two blocks that kept their place. */
const maxGapEdits = 500;
const maxPairingCells = 2500;
/** A move of blocks without ids shows only when it carries some text: an empty paragraph that lands elsewhere is no move. */
const minMovedText = 20;
/** Parts of a fixed shape, paired with their counterpart however much their text changed. */
const alwaysPaired: ReadonlySet<string> = new Set(['table', 'caption', 'termName', 'termDefinition', 'abbreviation', 'expansion']);
/** Parents whose blocks pair with a counterpart of their type however much their text changed: a cell edited is text changed in the cell. */
const pairingParents: ReadonlySet<string> = new Set(['tableCell', 'tableHeader']);

const idOf = (node: DocumentJson): string => (typeof node.attrs?.id === 'string' ? node.attrs.id : '');

/** Ids are not content, but two different ids are two different blocks; a block that lacks an id may have been given one. */
const compatibleIds = (a: string, b: string): boolean => a === '' || b === '' || a === b;

/**
 * Matches the children of two versions of one parent, in the newer order with each older block
 * that is gone where it stood. Blocks are matched by their `id` first, then by content that occurs
 * once on each side; of those matches, the longest run in the same order keeps its place and the
 * rest moved (with the neighbours that moved along). Between two blocks that kept their place,
 * identical blocks match in order, then the remaining ones of a type pair up when alike enough
 * (a paragraph edited), and the rest were deleted or inserted. The cells of a row that kept its
 * number of cells are matched by their place in it.
 */
export function alignBlocks(older: readonly DocumentJson[], newer: readonly DocumentJson[], parentType: string): BlockStep[] {
  // Cells by their place, while the row keeps its number of cells; otherwise by content, so that a cell put in shifts none.
  if (parentType === 'tableRow' && older.length === newer.length) return alignByPosition(older, newer);
  return new BlockAligner(older, newer, parentType === 'tableRow' || pairingParents.has(parentType)).steps();
}

/** Two lists of the same length, matched place by place; a block that changed type is replaced. */
function alignByPosition(older: readonly DocumentJson[], newer: readonly DocumentJson[]): BlockStep[] {
  return older.flatMap((a, index): BlockStep[] => {
    const b = newer[index]!;
    if (a.type !== b.type) {
      return [
        { kind: 'delete', older: index, newer: -1, identical: false },
        { kind: 'insert', older: -1, newer: index, identical: false },
      ];
    }
    const identical = JSON.stringify(a) === JSON.stringify(b);
    return [{ kind: identical ? 'same' : 'pair', older: index, newer: index, identical }];
  });
}

class BlockAligner {
  private readonly exactA: readonly string[];
  private readonly exactB: readonly string[];
  private readonly idA: readonly string[];
  private readonly idB: readonly string[];
  /** The matched index on the other side, or -1. */
  private readonly pairA: Int32Array;
  private readonly pairB: Int32Array;
  /** By older index: matched, but out of order. */
  private readonly moved: Uint8Array;

  constructor(
    private readonly older: readonly DocumentJson[],
    private readonly newer: readonly DocumentJson[],
    /** Same-type blocks pair however unlike they are. */
    private readonly pairAlways: boolean,
  ) {
    this.exactA = older.map((block) => JSON.stringify(block));
    this.exactB = newer.map((block) => JSON.stringify(block));
    this.idA = older.map(idOf);
    this.idB = newer.map(idOf);
    this.pairA = new Int32Array(older.length).fill(-1);
    this.pairB = new Int32Array(newer.length).fill(-1);
    this.moved = new Uint8Array(older.length);
  }

  steps(): BlockStep[] {
    this.pairByIds();
    this.pairByUniqueContent();
    const stable = this.keepLongestOrder();
    this.dropSlightMoves();
    this.extendMoves();
    return this.walk(stable);
  }

  private link(i: number, j: number): void {
    this.pairA[i] = j;
    this.pairB[j] = i;
  }

  private unlink(i: number): void {
    this.pairB[this.pairA[i]!] = -1;
    this.pairA[i] = -1;
    this.moved[i] = 0;
  }

  private pairByIds(): void {
    const countA = countOf(this.idA);
    const countB = countOf(this.idB);
    const whereB = new Map<string, number>();
    this.idB.forEach((id, j) => whereB.set(id, j));
    this.idA.forEach((id, i) => {
      // A duplicated id identifies nothing; those blocks are matched by content.
      if (id === '' || countA.get(id) !== 1 || countB.get(id) !== 1) return;
      const j = whereB.get(id)!;
      if (this.older[i]!.type === this.newer[j]!.type) this.link(i, j);
    });
  }

  private pairByUniqueContent(): void {
    const keysA = this.contentKeys(this.older, this.exactA, this.idA, this.pairA);
    const keysB = this.contentKeys(this.newer, this.exactB, this.idB, this.pairB);
    for (const [key, olderIndices] of keysA) {
      const newerIndices = keysB.get(key);
      if (olderIndices.length !== 1 || newerIndices?.length !== 1) continue;
      const [i] = olderIndices as [number];
      const [j] = newerIndices as [number];
      if (compatibleIds(this.idA[i]!, this.idB[j]!)) this.link(i, j);
    }
  }

  /** The unmatched blocks by their content without their own id. */
  private contentKeys(
    blocks: readonly DocumentJson[],
    exact: readonly string[],
    ids: readonly string[],
    pairs: Int32Array,
  ): Map<string, number[]> {
    const keys = new Map<string, number[]>();
    blocks.forEach((block, index) => {
      if (pairs[index]! >= 0) return;
      const key = ids[index] === '' ? exact[index]! : JSON.stringify({ ...block, attrs: { ...block.attrs, id: undefined } });
      const list = keys.get(key);
      if (list) list.push(index);
      else keys.set(key, [index]);
    });
    return keys;
  }

  /** The matches in the longest common order keep their place; the others moved. Returns the former's older indices. */
  private keepLongestOrder(): number[] {
    const matched: number[] = [];
    this.pairA.forEach((j, i) => {
      if (j >= 0) matched.push(i);
    });
    const members = longestIncreasing(matched.map((i) => this.pairA[i]!));
    const stable: number[] = [];
    matched.forEach((i, index) => {
      if (members[index]) stable.push(i);
      else this.moved[i] = 1;
    });
    return stable;
  }

  /** The moved blocks in runs that stand together on both sides, by older index. */
  private moveRuns(): number[][] {
    const runs: number[][] = [];
    for (let i = 0; i < this.older.length; i += 1) {
      if (!this.moved[i]) continue;
      const run = runs.at(-1);
      const last = run?.at(-1);
      if (run && last === i - 1 && this.pairA[last]! + 1 === this.pairA[i]) run.push(i);
      else runs.push([i]);
    }
    return runs;
  }

  private dropSlightMoves(): void {
    for (const run of this.moveRuns()) {
      if (run.some((i) => this.idA[i] !== '')) continue;
      const length = run.reduce((sum, i) => sum + plainText([this.older[i]!]).length, 0);
      if (length < minMovedText) run.forEach((i) => this.unlink(i));
    }
  }

  /** Unmatched neighbours of a moved run that sit beside it on both sides moved with it (a moved clause's edited paragraph). */
  private extendMoves(): void {
    for (const run of this.moveRuns()) {
      const first = run[0]!;
      const last = run.at(-1)!;
      for (let i = last + 1, j = this.pairA[last]! + 1; this.canPair(i, j, similarBesideMove); i += 1, j += 1) {
        this.link(i, j);
        this.moved[i] = 1;
      }
      for (let i = first - 1, j = this.pairA[first]! - 1; this.canPair(i, j, similarBesideMove); i -= 1, j -= 1) {
        this.link(i, j);
        this.moved[i] = 1;
      }
    }
  }

  /** Whether older block i and newer block j, both unmatched, may be one block changed. */
  private canPair(i: number, j: number, threshold: number): boolean {
    if (i < 0 || j < 0 || i >= this.older.length || j >= this.newer.length) return false;
    if (this.pairA[i]! >= 0 || this.pairB[j]! >= 0) return false;
    return this.similarity(i, j) >= threshold;
  }

  /** How alike older block i and newer block j are, or -1 when they cannot be one block. */
  private similarity(i: number, j: number): number {
    const a = this.older[i]!;
    const b = this.newer[j]!;
    if (a.type !== b.type || !compatibleIds(this.idA[i]!, this.idB[j]!)) return -1;
    const similarity = blockSimilarity(a, b);
    return this.pairAlways || alwaysPaired.has(a.type) ? Math.max(similarity, similarEnough) : similarity;
  }

  private walk(stable: readonly number[]): BlockStep[] {
    const steps: BlockStep[] = [];
    let previousI = -1;
    let previousJ = -1;
    for (const i of [...stable, this.older.length]) {
      const j = i < this.older.length ? this.pairA[i]! : this.newer.length;
      const gapOlder: number[] = [];
      for (let x = previousI + 1; x < i; x += 1) if (this.pairA[x]! < 0) gapOlder.push(x);
      const gapNewer: number[] = [];
      const arrivals: number[] = [];
      for (let y = previousJ + 1; y < j; y += 1) (this.pairB[y]! < 0 ? gapNewer : arrivals).push(y);
      this.alignGap(gapOlder, gapNewer, arrivals, steps);
      if (i < this.older.length) steps.push(this.matched(i, j, 'pair'));
      previousI = i;
      previousJ = j;
    }
    return steps;
  }

  private matched(i: number, j: number, kind: 'pair' | 'move'): BlockStep {
    const identical = this.exactA[i] === this.exactB[j];
    return { kind: kind === 'pair' && identical ? 'same' : kind, older: i, newer: j, identical };
  }

  /** The stretch between two blocks that kept their place; blocks moved here (`arrivals`) go in at their newer place. */
  private alignGap(gapOlder: readonly number[], gapNewer: readonly number[], arrivals: readonly number[], steps: BlockStep[]): void {
    const local: BlockStep[] = [];
    if (gapOlder.length > 0 && gapNewer.length > 0) {
      const numbers = new Map<string, number>();
      const number = (key: string): number => {
        let value = numbers.get(key);
        if (value === undefined) numbers.set(key, (value = numbers.size));
        return value;
      };
      const keysOlder = gapOlder.map((i) => number(this.exactA[i]!));
      const keysNewer = gapNewer.map((j) => number(this.exactB[j]!));
      let x = 0;
      let y = 0;
      for (const run of equalRuns(keysOlder, keysNewer, maxGapEdits).runs) {
        this.pairBySimilarity(gapOlder.slice(x, run.older), gapNewer.slice(y, run.newer), local);
        for (let k = 0; k < run.length; k += 1) local.push(this.matched(gapOlder[run.older + k]!, gapNewer[run.newer + k]!, 'pair'));
        x = run.older + run.length;
        y = run.newer + run.length;
      }
      this.pairBySimilarity(gapOlder.slice(x), gapNewer.slice(y), local);
    } else {
      this.pairBySimilarity(gapOlder, gapNewer, local);
    }
    let next = 0;
    const arrive = (before: number): void => {
      for (; next < arrivals.length && arrivals[next]! < before; next += 1) {
        steps.push(this.matched(this.pairB[arrivals[next]!]!, arrivals[next]!, 'move'));
      }
    };
    for (const step of local) {
      if (step.newer >= 0) arrive(step.newer);
      steps.push(step);
    }
    arrive(Infinity);
  }

  /**
   * Pairs unmatched blocks in order so that the pairs are as alike as can be (a small alignment by
   * dynamic programming); the rest are deleted and inserted, deletions first.
   */
  private pairBySimilarity(olderIndices: readonly number[], newerIndices: readonly number[], steps: BlockStep[]): void {
    const rows = olderIndices.length;
    const columns = newerIndices.length;
    const pairs: [number, number][] = [];
    if (rows > 0 && columns > 0 && rows * columns <= maxPairingCells) {
      const width = columns + 1;
      const score = new Float64Array((rows + 1) * width);
      const alike = new Float64Array(rows * columns);
      for (let p = 1; p <= rows; p += 1) {
        for (let q = 1; q <= columns; q += 1) {
          const similarity = this.similarity(olderIndices[p - 1]!, newerIndices[q - 1]!);
          const value = similarity >= similarEnough ? similarity : -1;
          alike[(p - 1) * columns + q - 1] = value;
          let best = Math.max(score[(p - 1) * width + q]!, score[p * width + q - 1]!);
          if (value >= 0) best = Math.max(best, score[(p - 1) * width + q - 1]! + value);
          score[p * width + q] = best;
        }
      }
      for (let p = rows, q = columns; p > 0 && q > 0;) {
        const value = alike[(p - 1) * columns + q - 1]!;
        if (value >= 0 && score[p * width + q] === score[(p - 1) * width + q - 1]! + value) {
          pairs.push([p - 1, q - 1]);
          p -= 1;
          q -= 1;
        } else if (score[p * width + q] === score[(p - 1) * width + q]) p -= 1;
        else q -= 1;
      }
      pairs.reverse();
    }
    let p = 0;
    let q = 0;
    const unmatched = (toP: number, toQ: number): void => {
      for (; p < toP; p += 1) steps.push({ kind: 'delete', older: olderIndices[p]!, newer: -1, identical: false });
      for (; q < toQ; q += 1) steps.push({ kind: 'insert', older: -1, newer: newerIndices[q]!, identical: false });
    };
    for (const [pairP, pairQ] of pairs) {
      unmatched(pairP, pairQ);
      steps.push(this.matched(olderIndices[pairP]!, newerIndices[pairQ]!, 'pair'));
      p += 1;
      q += 1;
    }
    unmatched(rows, columns);
  }
}

function countOf(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) if (id !== '') counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
