import { limits } from '../../shared/limits';
import { articleHistory } from '../articles/article-history';
import { createArticle } from '../articles/create-article';
import { listArticles } from '../articles/list-articles';
import { loadArticle } from '../articles/present-article';
import { setNeedsPhotos } from '../articles/set-needs-photos';
import { parseIfMatch } from '../articles/stale-revision';
import { transitionArticle } from '../articles/transition-article';
import { updateArticle } from '../articles/update-article';
import type { DeskContext } from '../context';
import { requireUser } from '../http/request-user';
import type { RegisterRoute } from '../http/route-registrar';
import { ServerError } from '../http/server-error';

// The body limit plus room for the other fields and JSON escaping.
const articleBodyLimit = limits.bodyBytesMax + 512 * 1024;

function ifMatchHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Thin routes: input parsed with the shared schema (by the registrar) → command → reply. */
export function articleRoutes(route: RegisterRoute, context: DeskContext): void {
  route(
    'articles:create',
    async ({ body }, request, reply) => {
      const article = await createArticle(context, requireUser(request), body);
      return reply.code(201).header('etag', `"${article.revision}"`).send(article);
    },
    { bodyLimit: articleBodyLimit },
  );

  route('articles:list', async ({ query }, request) => listArticles(context, requireUser(request), query));

  route('articles:get', async ({ params }, _request, reply) => {
    const { article } = await loadArticle(context.db, params.id);
    return reply.header('etag', `"${article.revision}"`).send(article);
  });

  route(
    'articles:update',
    async ({ params, body }, request, reply) => {
      const revision = parseIfMatch(ifMatchHeader(request.headers['if-match']));
      if (revision === undefined) {
        throw new ServerError(428, 'bad_request', 'Saving needs If-Match: <revision> (the revision you edited), so no one else\'s change is overwritten.');
      }
      const article = await updateArticle(context, requireUser(request), params.id, revision, body);
      return reply.header('etag', `"${article.revision}"`).send(article);
    },
    { bodyLimit: articleBodyLimit },
  );

  route('articles:transition', async ({ params, body }, request, reply) => {
    const ifMatch = parseIfMatch(ifMatchHeader(request.headers['if-match']));
    const article = await transitionArticle(context, requireUser(request), params.id, body, ifMatch);
    return reply.header('etag', `"${article.revision}"`).send(article);
  });

  route('articles:needsPhotos', async ({ params, body }, request) => {
    const ifMatch = parseIfMatch(ifMatchHeader(request.headers['if-match']));
    return setNeedsPhotos(context, requireUser(request), params.id, body, ifMatch);
  });

  route('articles:history', async ({ params }) => ({ items: await articleHistory(context, params.id) }));
}
