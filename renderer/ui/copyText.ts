/** Puts text on the clipboard; true when it got there. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The app refuses web permissions, the clipboard's among them; the older command needs none.
    // Inside an open modal dialog, as everything outside it is inert and cannot be selected.
    const host = document.querySelector('dialog[open]') ?? document.body;
    const area = document.createElement('textarea');
    area.value = text;
    area.readOnly = true;
    area.className = 'offscreen';
    host.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}
