/** A run of equal items: `a[older + k] === b[newer + k]` for k below `length`. */
export interface EqualRun {
  readonly older: number;
  readonly newer: number;
  readonly length: number;
}

export interface Alignment {
  /** In order on both sides. */
  readonly runs: readonly EqualRun[];
  /** False when the middle needed more than the allowed edits: then only the common start and end are matched. */
  readonly exact: boolean;
}

/**
 * The equal runs of a shortest edit script from `a` to `b` (Myers's O((N+M)D) algorithm), with the
 * common start and end taken first at no cost. The work is bounded: past `maxEdits` insertions and
 * deletions it gives up on the middle, which the caller then treats as replaced whole, since an
 * unbounded word diff of two unrelated texts is quadratic (FINDINGS: "Diff between iterations").
 */
export function equalRuns(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number): Alignment {
  const n = a.length;
  const m = b.length;
  let start = 0;
  while (start < n && start < m && a[start] === b[start]) start += 1;
  let endA = n;
  let endB = m;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const runs: EqualRun[] = [];
  if (start > 0) runs.push({ older: 0, newer: 0, length: start });
  const middle = shortestScript(a, start, endA, b, start, endB, maxEdits);
  if (middle) runs.push(...middle);
  if (endA < n) runs.push({ older: endA, newer: endB, length: n - endA });
  return { runs, exact: middle !== null };
}

/** Myers's greedy forward search over a[a0, a1) and b[b0, b1), keeping each round's frontier to trace the path back. */
function shortestScript(
  a: ArrayLike<number>,
  a0: number,
  a1: number,
  b: ArrayLike<number>,
  b0: number,
  b1: number,
  maxEdits: number,
): EqualRun[] | null {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) return [];
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  // frontier[offset + k]: the furthest x reached on diagonal k = x - y.
  const frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!)
          ? frontier[offset + k + 1]!
          : frontier[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x += 1;
        y += 1;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(frontier.slice(offset - d, offset + d + 1));
        return traceBack(trace, n, m, a0, b0);
      }
    }
    trace.push(frontier.slice(offset - d, offset + d + 1));
  }
  return null;
}

/** Walks the rounds backwards from the end, collecting the diagonal stretches (the equal runs). */
function traceBack(trace: readonly Int32Array[], n: number, m: number, a0: number, b0: number): EqualRun[] {
  const runs: EqualRun[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d -= 1) {
    // The previous round's frontier holds diagonals -(d - 1) … d - 1 at indices 0 … 2d - 2.
    const previous = trace[d - 1]!;
    const at = (diagonal: number): number => previous[diagonal + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    const snakeStart = down ? previousX : previousX + 1;
    const length = x - snakeStart;
    if (length > 0) runs.push({ older: a0 + snakeStart, newer: b0 + y - length, length });
    x = previousX;
    y = previousY;
  }
  if (x > 0) runs.push({ older: a0, newer: b0, length: x });
  return runs.reverse();
}
