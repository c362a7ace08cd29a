import { z } from 'zod';
import { serverRoutes } from '../../shared/server-api';
import type { MediaResponse, RenditionName } from '../../shared/server-api';
import type { MediaRow } from '../db/schema';

export const storedRenditionSchema = z.object({
  key: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  contentType: z.string(),
  byteSize: z.number().int(),
});
export type StoredRendition = z.infer<typeof storedRenditionSchema>;
export const storedRenditionsSchema = z.record(z.string(), storedRenditionSchema);

export function renditionUrl(id: string, name: RenditionName): string {
  return serverRoutes['media:rendition'].url.replace(':id', encodeURIComponent(id)).replace(':rendition', name);
}

export function presentMedia(row: MediaRow): MediaResponse {
  const stored = storedRenditionsSchema.parse(JSON.parse(row.renditions));
  const one = (name: RenditionName) => {
    const rendition = stored[name];
    return { url: renditionUrl(row.id, name), width: rendition?.width ?? 0, height: rendition?.height ?? 0, contentType: rendition?.contentType ?? '' };
  };
  return {
    id: row.id,
    width: row.width,
    height: row.height,
    sourceType: row.source_type,
    caption: row.caption,
    credit: row.credit,
    byline: row.byline,
    copyright: row.copyright,
    renditions: { large: one('large'), medium: one('medium'), thumb: one('thumb') },
  };
}
