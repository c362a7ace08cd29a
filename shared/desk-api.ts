/**
 * The DeskApi contract: every method the renderer may call on the desk, once, with its zod
 * request and response schemas. The Electron main process (IPC), the preload bridge, web mode
 * (HTTP) and the renderer's client all derive from this object. Adding a method takes one entry
 * here plus one service method in electron/desk.
 */
import { z } from 'zod';
import { articleContentSchema, articleSchema, languageSchema } from './article';
import * as drafts from './desk-api-drafts';
import * as media from './desk-api-media';
import { newsroomMethods } from './desk-api-newsroom';
import { photoMethods } from './desk-api-photos';
import { reviewMethods } from './desk-api-review';
import { syncMethods } from './desk-api-sync';
import { sectionListSchema } from './sections/section-schema';

const id = z.string().min(1).max(100);

export const draftSummarySchema = drafts.draftSummarySchema;
export type DraftSummary = z.infer<typeof draftSummarySchema>;

export const savedDraftSchema = z.object({ id, revision: z.number().int(), updatedAt: z.string() });
export type SavedDraft = z.infer<typeof savedDraftSchema>;

export const settingsSchema = z.object({
  uiLanguage: z.enum(['zh-Hant', 'en']).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['electron', 'web']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const draftTagsSchema = z.object({ tags: z.array(z.string()), topics: z.array(z.string()) });
export type DraftTags = z.infer<typeof draftTagsSchema>;

export const updateStatusSchema = z.object({
  state: z.enum(['unavailable', 'idle', 'checking', 'downloading', 'ready', 'failed']),
  /** The version waiting to be installed, once downloaded. */
  version: z.string().optional(),
});
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

// ── Events the desk sends to the page ─────────────────────────────────────────────────────────
// The application menu and the updater reach the renderer through these, each name once with
// its payload. Electron sends them on one IPC channel; web mode has no menus and sends none.
const noPayload = z.object({}).strict();
export const deskEvents = {
  'menu:newArticle': noPayload,
  // The file the person chose in the native Import… dialog (the page could not open a file
  // chooser from a menu click: Chromium wants a click in the page for that).
  'menu:import': drafts.importRequestSchema,
  'menu:export': noPayload,
  'menu:preview': noPayload,
  'menu:checklist': noPayload,
  'menu:history': noPayload,
  'update:ready': z.object({ version: z.string() }).strict(),
  // A desktop notification was clicked: open its article (null: several at once, open the list).
  'notification:open': z.object({ articleId: z.string().min(1).max(100).nullable() }).strict(),
} as const;
export type DeskEventName = keyof typeof deskEvents;
/** The events the application menu sends with no payload. */
export type MenuEventName = Exclude<Extract<DeskEventName, `menu:${string}`>, 'menu:import'>;
export type DeskEventPayload<E extends DeskEventName> = z.output<(typeof deskEvents)[E]>;
export const deskEventChannel = 'desk:event';

export function isDeskEventName(value: unknown): value is DeskEventName {
  return typeof value === 'string' && Object.hasOwn(deskEvents, value);
}

/** The event's payload checked against its schema, or null when it does not match. */
export function parseDeskEventPayload<E extends DeskEventName>(name: E, payload: unknown): DeskEventPayload<E> | null {
  const parsed = deskEvents[name].safeParse(payload);
  // TypeScript cannot follow a generic name to its own schema's output; the parse above did.
  return parsed.success ? (parsed.data as DeskEventPayload<E>) : null;
}
// ─────────────────────────────────────────────────────────────────────────────────────────────

function method<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) {
  return { request, response };
}

export const deskApi = {
  'app:info': method(z.object({}).strict(), appInfoSchema),
  'settings:get': method(z.object({}).strict(), settingsSchema),
  'settings:set': method(settingsSchema.strict(), settingsSchema),
  'drafts:list': method(z.object({}).strict(), z.array(draftSummarySchema)),
  'drafts:get': method(z.object({ id }).strict(), articleSchema),
  'drafts:create': method(z.object({ language: languageSchema.optional() }).strict(), articleSchema),
  // `explicit`: Ctrl/Cmd+S, which always keeps a revision in History.
  'drafts:save': method(z.object({ id, content: articleContentSchema, explicit: z.boolean().optional() }).strict(), savedDraftSchema),
  // Kept for older callers: moves the draft to the trash, like drafts:trash.
  'drafts:delete': method(z.object({ id }).strict(), z.object({ id })),
  'drafts:search': method(drafts.draftSearchRequestSchema, drafts.draftSearchResultSchema),
  'drafts:history': method(drafts.draftIdRequestSchema, z.array(drafts.revisionInfoSchema)),
  'drafts:revision': method(drafts.revisionRequestSchema, drafts.revisionDetailSchema),
  // `replacedRevisionId`: the text from just before the restore, kept so the restore can be undone.
  'drafts:restore': method(drafts.revisionRequestSchema, savedDraftSchema.extend({ replacedRevisionId: z.string() })),
  'drafts:compare': method(drafts.compareRequestSchema, drafts.compareResultSchema),
  'drafts:trash': method(drafts.draftIdRequestSchema, z.object({ id, trashedAt: z.string() })),
  'drafts:untrash': method(drafts.draftIdRequestSchema, draftSummarySchema),
  'drafts:listTrash': method(z.object({}).strict(), z.array(drafts.trashedDraftSchema)),
  'drafts:emptyTrash': method(z.object({}).strict(), z.object({ removed: z.number().int().nonnegative() })),
  'drafts:quarantined': method(z.object({}).strict(), z.array(drafts.quarantinedDraftSchema)),
  'drafts:recover': method(drafts.draftIdRequestSchema, articleSchema),
  'drafts:dismissQuarantined': method(drafts.draftIdRequestSchema, z.object({ id })),
  'drafts:export': method(drafts.draftIdRequestSchema, drafts.exportResultSchema),
  'drafts:import': method(drafts.importRequestSchema, drafts.importResultSchema),
  'media:import': method(media.mediaImportRequestSchema, media.importedMediaSchema),
  // Tags and topics already used in local drafts: suggestions for the article's chip inputs.
  'drafts:tags': method(z.object({}).strict(), draftTagsSchema),
  // Auto-update (desktop only): what the updater is doing, and "Restart to update", which the
  // desk refuses while a draft write or an outbox job is still waiting.
  'updates:status': method(z.object({}).strict(), updateStatusSchema),
  'updates:restart': method(z.object({}).strict(), z.object({ restarting: z.literal(true) })),
  // The newsroom's sections for the article's select: from the server, its cached copy, or the defaults.
  'sections:list': method(z.object({}).strict(), z.object({ sections: sectionListSchema, source: z.enum(['server', 'cache', 'default']) })),
  // The newsroom sync: submit, sync state, pull, merge, soft lock (shared/desk-api-sync.ts).
  ...syncMethods,
  // Sign-in to the newsroom: address, who is signed in and their role (shared/desk-api-newsroom.ts).
  ...newsroomMethods,
  // The review desk, people and notifications, straight to the newsroom (shared/desk-api-review.ts).
  ...reviewMethods,
  // The photo desk: its queue, one article's images, uploads with progress, save, Photos done (shared/desk-api-photos.ts).
  ...photoMethods,
} as const;

export type DeskApiContract = typeof deskApi;
export type DeskChannel = keyof DeskApiContract;
export type DeskRequest<C extends DeskChannel> = z.input<DeskApiContract[C]['request']>;
export type DeskParsedRequest<C extends DeskChannel> = z.output<DeskApiContract[C]['request']>;
export type DeskResponse<C extends DeskChannel> = z.output<DeskApiContract[C]['response']>;

export const deskChannels = Object.keys(deskApi) as DeskChannel[];

export function isDeskChannel(value: unknown): value is DeskChannel {
  return typeof value === 'string' && Object.hasOwn(deskApi, value);
}

/** `drafts:save` → `['drafts', 'save']`: the area and verb used by IPC, the preload and HTTP. */
export function splitChannel(channel: DeskChannel): [area: string, verb: string] {
  const [area = '', verb = ''] = channel.split(':');
  return [area, verb];
}

/** What the desk side implements: one async function per channel. */
export type DeskHandlers = {
  [C in DeskChannel]: (request: DeskParsedRequest<C>) => Promise<DeskResponse<C>>;
};

/** Main → renderer events (window closing), kept beside the calls they answer to. */
export { windowEvents, type WindowClosing, type WindowReadyToClose } from './desk-window-events';
