/**
 * The DeskApi contract: every method the renderer may call on the desk, once, with its zod
 * request and response schemas. The Electron main process (IPC), the preload bridge, web mode
 * (HTTP) and the renderer's client all derive from this object. Adding a method takes one entry
 * here plus one service method in electron/desk.
 */
import { z } from 'zod';
import { articleContentSchema, articleSchema, articleStatusSchema, languageSchema } from './article';

const id = z.string().min(1).max(100);

export const draftSummarySchema = z.object({
  id,
  headline: z.string(),
  language: languageSchema,
  status: articleStatusSchema,
  revision: z.number().int(),
  updatedAt: z.string(),
  createdAt: z.string(),
});
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
  'drafts:save': method(z.object({ id, content: articleContentSchema }).strict(), savedDraftSchema),
  'drafts:delete': method(z.object({ id }).strict(), z.object({ id })),
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
