/** The template an export used, as the user knows it: the core says "built-in" or gives the file's name. */
export function templateName(template: string): string {
  return template === 'built-in' ? 'The built-in ITU template' : template;
}
