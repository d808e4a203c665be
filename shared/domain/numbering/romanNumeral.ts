const values: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** The upper-case Roman numeral of n (1-based), as appendices are numbered: I, II, III, IV … */
export function romanNumeral(n: number): string {
  let numeral = '';
  let rest = n;
  for (const [value, symbol] of values) {
    for (; rest >= value; rest -= value) numeral += symbol;
  }
  return numeral;
}
