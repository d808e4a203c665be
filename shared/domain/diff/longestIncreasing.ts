/**
 * Which of `values` form a longest strictly increasing subsequence (patience sorting, n log n): of
 * the blocks matched between two texts, listed in older order by their newer index, these keep
 * their order; the others moved.
 */
export function longestIncreasing(values: readonly number[]): boolean[] {
  // tails[l]: the index of the smallest last value of an increasing subsequence of length l + 1.
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index]!;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  }
  const members = new Array<boolean>(values.length).fill(false);
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]!) members[index] = true;
  return members;
}
