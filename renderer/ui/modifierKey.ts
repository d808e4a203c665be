/** How shortcuts are written on this platform: "Ctrl+" or "⌘". */
export const modifierKey = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl+';
