import { join } from 'node:path';
import { serverSettingsFromEnv } from '../../server/cli/server-settings';
import { startNewsroomServer } from '../../server/start-server';

export interface NewsroomServerLink {
  url: string;
  /** True when this process started the server (and so must stop it). */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * A small desk needs no separate server: unless COPYDESK_SERVER_URL points at the newsroom's
 * own, a local newsroom server starts beside the desk, its data in `<desk data>/newsroom`.
 */
export async function connectNewsroomServer(env: NodeJS.ProcessEnv, deskDataDir: string, version?: string): Promise<NewsroomServerLink> {
  const external = env.COPYDESK_SERVER_URL;
  if (external) {
    const url = new URL(external);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`COPYDESK_SERVER_URL must be an http(s) URL, not "${external}".`);
    }
    return { url: url.href, embedded: false, close: async () => {} };
  }
  const settings = serverSettingsFromEnv({ ...env, COPYDESK_SERVER_DATA: env.COPYDESK_SERVER_DATA ?? join(deskDataDir, 'newsroom') });
  const server = await startNewsroomServer({ ...settings, logger: { level: 'warn' }, ...(version ? { version } : {}) });
  return { url: server.url, embedded: true, close: () => server.close() };
}
