import { randomUUID } from 'node:crypto';
import type { DeskHandlers } from '../../../shared/desk-api';
import { checkArticle } from '../../../shared/checklist/check-article';
import { blockDiff } from '../../../shared/diff/block-diff';
import { serverArticleSchema, type ServerArticle } from '../../../shared/server-api';
import { diffBaseResponseSchema, markReadResponseSchema, notificationListResponseSchema, peopleListResponseSchema, personSchema, personWithPasswordSchema, reviewQueueResponseSchema, revisionListResponseSchema, revisionResponseSchema } from '../../../shared/server-api-review';
import type { ArticleContent } from '../../../shared/article';
import { callNewsroom } from '../newsroom/call-newsroom';
import type { NewsroomConnection } from '../newsroom/newsroom-connection';
import type { SectionCatalog } from '../sections/section-catalog';
import { publicUrlOf } from '../sync/public-url';

type ReviewChannel = Exclude<Extract<keyof DeskHandlers, `review:${string}` | `people:${string}` | `notifications:${string}`>, 'notifications:next'>;

function contentOf(article: ArticleContent): ArticleContent {
  const { slug, language, section, headline, standfirst, byline, dateline, leadImage, body, tags, topics, relatedLinks } = article;
  return { slug, language, section, headline, standfirst, byline, dateline, leadImage, body, tags, topics, relatedLinks };
}

function query(values: Record<string, string | number | boolean | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])));
}

/**
 * The review desk, people and notifications: calls a person waits for, straight to the newsroom
 * (no outbox: an approval is bound to what the editor is looking at now, and is refused — never
 * queued — when the article changed since). The server still decides what each role may do.
 */
export function reviewHandlers(connection: NewsroomConnection, sections: SectionCatalog, siteUrl: () => string | undefined): Pick<DeskHandlers, ReviewChannel> {
  const article = (serverId: string): Promise<ServerArticle> => callNewsroom(connection, 'articles:get', { params: { id: serverId } }, serverArticleSchema);
  return {
    'review:queue': (request) => callNewsroom(connection, 'review:queue', { query: query(request) }, reviewQueueResponseSchema),
    'review:open': async ({ serverId }) => {
      const [current, base] = await Promise.all([article(serverId), callNewsroom(connection, 'articles:diffBase', { params: { id: serverId } }, diffBaseResponseSchema)]);
      let changes: ReturnType<typeof blockDiff> = [];
      if (base.baseRevision !== null && base.baseRevision !== current.revision) {
        const before = await callNewsroom(connection, 'articles:revision', { params: { id: serverId, revision: String(base.baseRevision) } }, revisionResponseSchema);
        changes = blockDiff(before.content, contentOf(current));
      }
      const { sections: known } = await sections.list();
      const live = current.status === 'published' || current.status === 'corrected';
      return { article: current, base, changes, problems: checkArticle(contentOf(current), { sections: known }), publicUrl: live ? publicUrlOf(siteUrl(), current.slug) : null };
    },
    'review:act': ({ serverId, action, revision, note, publishAt }) =>
      callNewsroom(
        connection,
        'articles:transition',
        // One key per click: a retried request after a lost answer is not a second publish.
        { params: { id: serverId }, body: { action, revision, ...(note ? { note } : {}), ...(publishAt ? { publishAt } : {}) }, headers: { idempotencyKey: randomUUID() } },
        serverArticleSchema,
      ),
    'review:revisions': ({ serverId }) => callNewsroom(connection, 'articles:revisions', { params: { id: serverId } }, revisionListResponseSchema),
    'review:restore': ({ serverId, revision, expectedRevision }) =>
      callNewsroom(connection, 'articles:restoreRevision', { params: { id: serverId, revision: String(revision) }, body: { revision: expectedRevision } }, serverArticleSchema),
    'people:list': () => callNewsroom(connection, 'people:list', {}, peopleListResponseSchema),
    'people:create': (body) => callNewsroom(connection, 'people:create', { body }, personWithPasswordSchema),
    'people:setRole': ({ username, role }) => callNewsroom(connection, 'people:setRole', { params: { username }, body: { role } }, personSchema),
    'people:disable': ({ username }) => callNewsroom(connection, 'people:disable', { params: { username } }, personSchema),
    'people:resetPassword': ({ username }) => callNewsroom(connection, 'people:resetPassword', { params: { username } }, personWithPasswordSchema),
    'notifications:list': ({ unread }) => callNewsroom(connection, 'notifications:list', { query: query({ unread }) }, notificationListResponseSchema),
    'notifications:markRead': (body) => callNewsroom(connection, 'notifications:markRead', { body }, markReadResponseSchema),
  };
}
