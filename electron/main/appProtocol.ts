import { protocol } from 'electron';
import path from 'node:path';
import { readStaticFile } from '../core/staticFiles';

export const appScheme = 'app';
export const appHost = 'bundle';
export const startUrl = `${appScheme}://${appHost}/index.html`;

/** Must run before the app is ready: app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer from disk under app://bundle/, with the CSP header; nothing else. */
export function handleAppProtocol(rendererRoot: string): void {
  const root = path.resolve(rendererRoot);
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost) return new Response('Not found', { status: 404 });
    const file = await readStaticFile(root, url.pathname);
    return new Response(new Uint8Array(file.body instanceof Buffer ? file.body : Buffer.from(file.body)), {
      status: file.status,
      headers: file.headers,
    });
  });
}
