/**
 * Where the desktop app looks for updates: COPYDESK_UPDATE_URL if the newsroom set one, else the
 * /updates/ folder of the newsroom server the desk uses (COPYDESK_SERVER_URL). Without either, or
 * with anything but an http(s) address, there is no feed and the app does not check.
 */
export function updateFeedUrl(env: Record<string, string | undefined>): string | null {
  const explicit = env.COPYDESK_UPDATE_URL;
  const server = env.COPYDESK_SERVER_URL;
  let url: URL;
  try {
    if (explicit) url = new URL(explicit.endsWith('/') ? explicit : `${explicit}/`);
    else if (server) url = new URL('updates/', server.endsWith('/') ? server : `${server}/`);
    else return null;
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}
