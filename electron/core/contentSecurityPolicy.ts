/**
 * The renderer's Content Security Policy: only the app's own scripts, styles and fonts; no
 * inline script, no remote content, no plugins. Sent as a header by the app:// protocol (and
 * by the browser test harness) and repeated in index.html.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
