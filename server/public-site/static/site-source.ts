import type { FastifyInstance } from 'fastify';

/** One public address as the Node server answers it. */
export interface SiteResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

/**
 * The live server's own public routes, asked in-process: the exported files are the very
 * bytes the server would send (same renderers, same stored pages), never a second rendering.
 */
export interface SiteSource {
  fetch(address: string): Promise<SiteResponse>;
}

export function injectedSiteSource(app: FastifyInstance): SiteSource {
  return {
    async fetch(address) {
      const response = await app.inject({ method: 'GET', url: address });
      const contentType = response.headers['content-type'];
      return { status: response.statusCode, contentType: typeof contentType === 'string' ? contentType : '', body: response.rawPayload };
    },
  };
}
