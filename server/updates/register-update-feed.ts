import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const updateFeedPrefix = '/updates/';

/**
 * The desktop app's update feed: a folder of installers and the `latest*.yml` files
 * electron-builder writes beside them, served as they are at /updates/ for electron-updater's
 * generic provider. Public, like any download page: an installer holds no newsroom data. Only
 * files: no folder listing, no dotfiles.
 */
export async function registerUpdateFeed(app: FastifyInstance, folder: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: folder,
    prefix: updateFeedPrefix,
    decorateReply: false,
    index: false,
    list: false,
    dotfiles: 'deny',
    // latest*.yml changes with each release: a cached copy would hide it.
    maxAge: 0,
  });
}
