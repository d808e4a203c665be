/** The message to show the user for anything thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  return 'Something unexpected went wrong; nothing was changed.';
}
