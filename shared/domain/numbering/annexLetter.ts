/** The letter of the n-th annex (1-based): A … Z, then AA, AB …, as spreadsheet columns run. */
export function annexLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
