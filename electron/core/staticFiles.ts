import fs from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy } from './contentSecurityPolicy';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface StaticFile {
  readonly status: number;
  readonly body: Buffer | string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Serves one file of the built renderer for a URL path, never anything outside `root`.
 * Used by Electron's app:// protocol and by the browser test harness alike.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile> {
  const relative = decodeURIComponent(urlPath.split('?')[0] ?? '/').replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) {
    return { status: 403, body: 'Forbidden', headers: { 'Content-Type': 'text/plain' } };
  }
  try {
    const body = await fs.readFile(file);
    return {
      status: 200,
      body,
      headers: {
        'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    };
  } catch {
    return { status: 404, body: 'Not found', headers: { 'Content-Type': 'text/plain' } };
  }
}
