import type { DocNode } from '../../../shared/article';
import type { ServerArticle } from '../../../shared/server-api';
import { storedRenditionsSchema } from '../../media/present-media';
import type { PublicDb } from '../db/public-site-tables';

interface ResponsiveImage {
  /** The `media/<id>/<rendition>` path the renderer writes as `src` (after the `/` media base). */
  src: string;
  width: number;
  height: number;
  srcset: string;
}

export interface PreparedImages {
  article: ServerArticle;
  /** Keyed by the rendered `src` attribute value, e.g. `/media/01J…/medium`. */
  srcsets: Map<string, string>;
  lead: ResponsiveImage | null;
}

const sizes = '(max-width: 46rem) 100vw, 46rem';

/** The library images an article shows: its lead image and every figure in the body. */
export function mediaIds(article: ServerArticle): string[] {
  const ids = new Set<string>();
  if (article.leadImage) ids.add(article.leadImage.mediaId);
  const visit = (node: DocNode) => {
    if (node.type === 'figure' && typeof node.attrs?.mediaId === 'string') ids.add(node.attrs.mediaId);
    node.content?.forEach(visit);
  };
  article.body.content.forEach(visit);
  return [...ids];
}

async function loadResponsiveImages(db: PublicDb, ids: string[]): Promise<Map<string, ResponsiveImage>> {
  const found = new Map<string, ResponsiveImage>();
  if (ids.length === 0) return found;
  const rows = await db.selectFrom('media').select(['id', 'renditions']).where('id', 'in', ids).execute();
  for (const row of rows) {
    const parsed = storedRenditionsSchema.safeParse(JSON.parse(row.renditions));
    if (!parsed.success) continue;
    const renditions = parsed.data;
    const main = renditions.medium ?? renditions.large;
    const mainName = renditions.medium ? 'medium' : 'large';
    if (!main) continue;
    const seen = new Set<number>();
    const candidates = (['thumb', 'medium', 'large'] as const).flatMap((name) => {
      const rendition = renditions[name];
      if (!rendition || seen.has(rendition.width)) return [];
      seen.add(rendition.width);
      return [`/media/${row.id}/${name} ${rendition.width}w`];
    });
    found.set(row.id, { src: `media/${row.id}/${mainName}`, width: main.width, height: main.height, srcset: candidates.join(', ') });
  }
  return found;
}

function withImage(attrs: Record<string, unknown>, image: ResponsiveImage): Record<string, unknown> {
  return { ...attrs, src: image.src, width: image.width, height: image.height };
}

/**
 * Points every image that is in our media library at its public renditions, with the real
 * width and height (no layout shift) and a srcset for phones and wide screens. Images from
 * elsewhere keep the address the editor gave them.
 */
export async function prepareResponsiveImages(db: PublicDb, article: ServerArticle): Promise<PreparedImages> {
  const images = await loadResponsiveImages(db, mediaIds(article));
  const srcsets = new Map<string, string>();
  for (const image of images.values()) srcsets.set(`/${image.src}`, image.srcset);
  const rewrite = (node: DocNode): DocNode => {
    const image = node.type === 'figure' && typeof node.attrs?.mediaId === 'string' ? images.get(node.attrs.mediaId) : undefined;
    return {
      ...node,
      ...(image && node.attrs ? { attrs: withImage(node.attrs, image) } : {}),
      ...(node.content ? { content: node.content.map(rewrite) } : {}),
    };
  };
  const leadImage = article.leadImage ? images.get(article.leadImage.mediaId) : undefined;
  return {
    article: {
      ...article,
      leadImage: article.leadImage && leadImage ? { ...article.leadImage, src: leadImage.src, width: leadImage.width, height: leadImage.height } : article.leadImage,
      body: { ...article.body, content: article.body.content.map(rewrite) },
    },
    srcsets,
    lead: leadImage ?? null,
  };
}

/**
 * Adds `srcset`/`sizes` to the shared renderer's `<img src="/media/…">` tags. The paths are our
 * own ids and rendition names (no characters that need escaping), so an exact match is safe.
 */
export function addSrcsets(html: string, srcsets: Map<string, string>): string {
  let result = html;
  for (const [src, srcset] of srcsets) {
    result = result.split(`<img src="${src}"`).join(`<img src="${src}" srcset="${srcset}" sizes="${sizes}"`);
  }
  return result;
}
