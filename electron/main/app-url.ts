/** The renderer's own origin in production. Everything else is foreign to the app. */
export const appScheme = 'app';
export const appHost = 'copydesk';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** True for the app's own pages: app://copydesk/… or, in development, the Vite dev server. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${appScheme}:` && parsed.host === appHost) return true;
  if (!devServerUrl) return false;
  try {
    return parsed.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** Links a person clicks may open in the system browser only when they are plain web links. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}
