/**
 * The tokens a text is compared by: a word, a run of spaces, a line break, or one other character
 * (punctuation, a symbol). Chinese and Japanese characters are a word each, as those scripts put no
 * spaces between words.
 */
const tokenPattern =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{P}\p{S}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|\n|[^\S\n]+|[\s\S]/gu;

/** The text cut into its tokens; joined, they give the text back. */
export function textWords(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}
