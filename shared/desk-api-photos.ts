/**
 * DeskApi schemas for the photo desk (`photos:*`): the queue of articles that need pictures, one
 * article's images as the photo editor works on them, uploads with per-file progress, the save
 * bound to the revision on screen, and "Photos done". The photo desk never sends text: the desk
 * takes the server's current content and changes only the lead image and figure attributes.
 */
import { z } from 'zod';
import { imageRefSchema } from './article';
import { limits } from './limits';
import { serverArticleSchema } from './server-api';
import { photoQueueQuerySchema, photoQueueResponseSchema } from './server-api-review';

const id = z.string().min(1).max(100);
/** A figure in a stored document may have lost its media id; it keeps its place in the list all the same. */
const figureImageSchema = imageRefSchema.extend({ mediaId: z.string().max(100) });

/** The article's images as the photo editor sees them: the lead image, then each figure in reading order. */
export const photoSetSchema = z
  .object({
    lead: imageRefSchema.nullable(),
    /** Index i is the document's i-th figure; entries past the document's figures are new ones, added at the end. */
    figures: z.array(figureImageSchema).max(200),
  })
  .strict();
export type PhotoSet = z.infer<typeof photoSetSchema>;

/** Where attached files go: the lead image (set or replace), new figures at the end, or in place of one figure. */
export const photoTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lead') }).strict(),
  z.object({ kind: z.literal('addFigures') }).strict(),
  z.object({ kind: z.literal('figure'), index: z.number().int().nonnegative() }).strict(),
]);
export type PhotoTarget = z.infer<typeof photoTargetSchema>;

export const photoOpenResponseSchema = z.object({
  article: serverArticleSchema,
  images: photoSetSchema,
  /** Where the newsroom's `media/…` paths load from (its address with a trailing slash); null when unknown. */
  mediaBase: z.string().nullable(),
});
export type PhotoOpen = z.infer<typeof photoOpenResponseSchema>;

export const photoAttachRequestSchema = z
  .object({
    images: photoSetSchema,
    target: photoTargetSchema,
    /** Images already imported on this desk (`media:import`), in the order the person chose them. */
    files: z.array(z.object({ mediaId: id, fileName: z.string().max(255) }).strict()).min(1).max(50),
  })
  .strict();

export const photoUploadStateSchema = z.enum(['waiting', 'uploading', 'done', 'failed']);
export const photoUploadSchema = z.object({
  /** The desk's own media id of the file (from `media:import`). */
  mediaId: id,
  fileName: z.string(),
  state: photoUploadStateSchema,
  sentBytes: z.number().int().nonnegative(),
  totalBytes: z.number().int().nonnegative(),
  /** Why it failed, in the newsroom's or the desk's words. */
  message: z.string().optional(),
});
export type PhotoUpload = z.infer<typeof photoUploadSchema>;

/** An image now on the newsroom, with what its file said (IPTC/XMP caption and credit). */
export const uploadedImageSchema = z.object({
  mediaId: id,
  src: z.string(),
  caption: z.string(),
  credit: z.string(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
});
export type UploadedImage = z.infer<typeof uploadedImageSchema>;

export const photoAttachResponseSchema = z.object({
  /** The photo set sent, with the uploads put in place (`shared/photos/attach-to-set.ts`). */
  images: photoSetSchema,
  /** What went up, in order: a screen whose fields changed meanwhile puts these into its own set. */
  uploaded: z.array(uploadedImageSchema),
  uploads: z.array(photoUploadSchema),
});

export const photoSaveRequestSchema = z
  .object({
    serverId: id,
    /** The revision the photo editor opened: the newsroom refuses (409) if the article changed since. */
    revision: z.number().int().nonnegative(),
    images: photoSetSchema,
  })
  .strict();

/** A picture from the newsroom for the screen: unpublished images need the session, so the desk fetches them. */
export const photoPictureSchema = z.object({ dataUrl: z.string().max(4 * 1024 * 1024).regex(/^data:image\/(jpeg|png|webp|gif|avif);base64,[A-Za-z0-9+/]*={0,2}$/) });

export const photoMethods = {
  'photos:queue': { request: photoQueueQuerySchema.partial().strict(), response: photoQueueResponseSchema },
  'photos:open': { request: z.object({ serverId: id }).strict(), response: photoOpenResponseSchema },
  'photos:attach': { request: photoAttachRequestSchema, response: photoAttachResponseSchema },
  'photos:uploads': { request: z.object({}).strict(), response: z.object({ items: z.array(photoUploadSchema) }) },
  'photos:picture': { request: z.object({ mediaId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/), rendition: z.enum(['thumb', 'medium']) }).strict(), response: photoPictureSchema },
  'photos:save': { request: photoSaveRequestSchema, response: photoOpenResponseSchema },
  'photos:done': { request: z.object({ serverId: id, note: z.string().trim().max(limits.noteMax).optional() }).strict(), response: serverArticleSchema },
} as const;
