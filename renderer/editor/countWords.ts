/** Ideographs and kana are counted one word each, as word processors do for Chinese text. */
const ideograph = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const word = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;

/** The number of words in a text, for the status bar. */
export function countWords(text: string): number {
  const ideographs = text.match(ideograph)?.length ?? 0;
  const words = text.replace(ideograph, ' ').match(word)?.length ?? 0;
  return ideographs + words;
}
