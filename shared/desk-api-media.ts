/** DeskApi schemas for the photo intake (`media:*`). Bytes travel as base64 so IPC and HTTP share one contract. */
import { z } from 'zod';
import { limits } from './limits';

// Base64 is 4 chars per 3 bytes; the desk checks the decoded size and says "too large" in words.
const base64Max = Math.ceil((limits.imageBytesMax + 1024) / 3) * 4;

export const mediaImportRequestSchema = z
  .object({
    fileName: z.string().max(255),
    dataBase64: z.string().min(1).max(base64Max),
  })
  .strict();
export type MediaImportRequest = z.infer<typeof mediaImportRequestSchema>;

export const renditionSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  src: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type Rendition = z.infer<typeof renditionSchema>;

export const importedMediaSchema = z.object({
  mediaId: z.string().min(1).max(100),
  /** The largest rendition, e.g. `media/m_01…/1600.webp`: what a figure or the lead image shows. */
  src: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mimeType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif']),
  /** From IPTC/XMP/EXIF, to pre-fill Caption and Credit; '' when the file carries none. */
  caption: z.string().max(limits.captionMax),
  credit: z.string().max(limits.creditMax),
  byline: z.string().max(limits.bylineMax),
  copyright: z.string().max(limits.creditMax),
  renditions: z.array(renditionSchema),
});
export type ImportedMedia = z.infer<typeof importedMediaSchema>;
