import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { siteIconSvg } from '../render/site-icon-svg';
import { siteLabels } from '../render/site-labels';
import { sitePaths } from '../render/site-paths';
import type { PublicContext } from './public-context';
import { publicRoute, sendCached } from './send-cached';

const manifestIconSizes = [192, 512] as const;
const faviconSize = 32;
const day = 24 * 60 * 60;

/** Every address these routes answer, for the static export. */
export const siteIconPaths: string[] = [sitePaths.favicon, sitePaths.faviconSvg, sitePaths.manifest, ...manifestIconSizes.map(sitePaths.icon)];

const renditions = new Map<number, Promise<Buffer>>();

/** The icon as a PNG of one size; made once per process from the same SVG (a pure function of the code). */
function iconPng(size: number): Promise<Buffer> {
  let rendition = renditions.get(size);
  if (!rendition) {
    rendition = sharp(Buffer.from(siteIconSvg)).resize(size, size).png().toBuffer();
    renditions.set(size, rendition);
  }
  return rendition;
}

/** An .ico holding one PNG image (allowed since Windows Vista; every browser reads it). */
export function icoWithPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(size >= 256 ? 0 : size, 6);
  header.writeUInt8(size >= 256 ? 0 : size, 7);
  header.writeUInt8(0, 8);
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png]);
}

function webAppManifest(context: PublicContext): string {
  const labels = siteLabels(context.config.defaultLanguage);
  return JSON.stringify({
    name: labels.siteName,
    short_name: labels.siteName,
    lang: context.config.defaultLanguage,
    start_url: sitePaths.home,
    scope: sitePaths.home,
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#1c1f24',
    icons: [
      ...manifestIconSizes.map((size) => ({ src: sitePaths.icon(size), sizes: `${size}x${size}`, type: 'image/png' })),
      { src: sitePaths.faviconSvg, sizes: 'any', type: 'image/svg+xml' },
    ],
  });
}

/** The favicon (in both forms browsers ask for), the app icons and the web app manifest. */
export function siteIconRoutes(app: FastifyInstance, context: PublicContext): void {
  app.get(sitePaths.favicon, publicRoute, async (request, reply) => {
    const body = icoWithPng(await iconPng(faviconSize), faviconSize);
    return sendCached(request, reply, { body, contentType: 'image/x-icon', maxAgeSeconds: day });
  });
  app.get(sitePaths.faviconSvg, publicRoute, (request, reply) => sendCached(request, reply, { body: siteIconSvg, contentType: 'image/svg+xml', maxAgeSeconds: day }));
  for (const size of manifestIconSizes) {
    app.get(sitePaths.icon(size), publicRoute, async (request, reply) => sendCached(request, reply, { body: await iconPng(size), contentType: 'image/png', maxAgeSeconds: day }));
  }
  app.get(sitePaths.manifest, publicRoute, (request, reply) => sendCached(request, reply, { body: webAppManifest(context), contentType: 'application/manifest+json; charset=utf-8', maxAgeSeconds: day }));
}
