/**
 * The Vite dev server to load the renderer from, in development only. A packaged app ignores
 * VITE_DEV_SERVER_URL: otherwise anyone who can set an environment variable could point the
 * trusted window (and its DeskApi) at a page of their choosing.
 */
export function devServerUrl(env: Record<string, string | undefined>, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const url = env.VITE_DEV_SERVER_URL;
  return url && url !== '' ? url : undefined;
}
