import type { App, Session } from 'electron';
import { appOrigin } from './appProtocol';

/** No navigation away from the app, no new windows, no webviews, no permissions. */
export function guardWebContents(app: App, session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (new URL(url).origin !== appOrigin) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (new URL(url).origin !== appOrigin) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** True when an IPC message comes from the app's own page, not from anything else that got loaded. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  if (!frameUrl) return false;
  try {
    return new URL(frameUrl).origin === appOrigin;
  } catch {
    return false;
  }
}
