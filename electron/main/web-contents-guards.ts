// Guards installed on every web contents and on the session: no navigation away from the app,
// no new windows, no webviews, no permissions, no downloads but a chart's PNG, no network. Types only from
// electron, so tests can drive these with plain event emitters.
import type { Session, WebContents } from 'electron';
import { isAllowedDownloadUrl, isAllowedNavigation, isAllowedRequestUrl } from './security-policy';

type NavigationEvent = { url: string; preventDefault(): void };

/** The part of WebContents the guards use. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Call from app.on('web-contents-created') so that no web contents escapes the guards. */
export function guardWebContents(contents: GuardedContents): void {
  const refuseNavigation = (event: NavigationEvent) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  };
  // will-navigate covers the main frame, will-frame-navigate every frame, will-redirect server redirects.
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-frame-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  // window.open, target=_blank links and forms: never a new window.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The part of Session the guards use. */
export type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/** Electron grants every permission unless a handler says otherwise; the app needs none. */
export function guardSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Files leave the app through main's save dialogs; the one exception is an image the page drew
  // (Save PNG on a chart), which Electron saves through its own dialog.
  session.on('will-download', (event, item) => {
    if (!isAllowedDownloadUrl(item.getURL())) event.preventDefault();
  });
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}
