import { limits } from '../../shared/limits';
import {
  articleIdParamsSchema,
  articleListQuerySchema,
  articleWriteRequestSchema,
  needsPhotosRequestSchema,
  transitionRequestSchema,
} from '../../shared/server-api';
import { articleHistory } from '../articles/article-history';
import { createArticle } from '../articles/create-article';
import { listArticles } from '../articles/list-articles';
import { loadArticle } from '../articles/present-article';
import { setNeedsPhotos } from '../articles/set-needs-photos';
import { parseIfMatch } from '../articles/stale-revision';
import { transitionArticle } from '../articles/transition-article';
import { updateArticle } from '../articles/update-article';
import type { DeskContext } from '../context';
import { parseWith } from '../http/parse-with';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { ServerError } from '../http/server-error';

// The body limit plus room for the other fields and JSON escaping.
const articleBodyLimit = limits.bodyBytesMax + 512 * 1024;

function ifMatchHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Thin routes: parse with the shared schema → command → reply. */
export function articleRoutes(route: RegisterRoute, context: DeskContext): void {
  route(
    'articles:create',
    async (request, reply) => {
      const body = parseWith(articleWriteRequestSchema, request.body, 'article');
      const article = await createArticle(context, requireUser(request), body);
      return reply.code(201).header('etag', `"${article.revision}"`).send(article);
    },
    { bodyLimit: articleBodyLimit },
  );

  route('articles:list', async (request) => {
    const query = parseWith(articleListQuerySchema, request.query, 'article filter');
    return listArticles(context, requireUser(request), query);
  });

  route('articles:get', async (request, reply) => {
    const { id } = parseWith(articleIdParamsSchema, request.params, 'article address');
    const { article } = await loadArticle(context.db, id);
    return reply.header('etag', `"${article.revision}"`).send(article);
  });

  route(
    'articles:update',
    async (request, reply) => {
      const { id } = parseWith(articleIdParamsSchema, request.params, 'article address');
      const revision = parseIfMatch(ifMatchHeader(request.headers['if-match']));
      if (revision === undefined) {
        throw new ServerError(428, 'bad_request', 'Saving needs If-Match: <revision> (the revision you edited), so no one else\'s change is overwritten.');
      }
      const body = parseWith(articleWriteRequestSchema, request.body, 'article');
      const article = await updateArticle(context, requireUser(request), id, revision, body);
      return reply.header('etag', `"${article.revision}"`).send(article);
    },
    { bodyLimit: articleBodyLimit },
  );

  route('articles:transition', async (request, reply) => {
    const { id } = parseWith(articleIdParamsSchema, request.params, 'article address');
    const body = parseWith(transitionRequestSchema, request.body, 'workflow step');
    const ifMatch = parseIfMatch(ifMatchHeader(request.headers['if-match']));
    const article = await transitionArticle(context, requireUser(request), id, body, ifMatch);
    return reply.header('etag', `"${article.revision}"`).send(article);
  });

  route('articles:needsPhotos', async (request) => {
    const { id } = parseWith(articleIdParamsSchema, request.params, 'article address');
    const body = parseWith(needsPhotosRequestSchema, request.body, 'photo request');
    const ifMatch = parseIfMatch(ifMatchHeader(request.headers['if-match']));
    return setNeedsPhotos(context, requireUser(request), id, body, ifMatch);
  });

  route('articles:history', async (request) => {
    const { id } = parseWith(articleIdParamsSchema, request.params, 'article address');
    return { items: await articleHistory(context, id) };
  });
}
