import { mediaResponseSchema, serverArticleSchema } from '../../../shared/server-api';
import type { ArticleQueue, OutboxJob } from './outbox-job';
import type { OutboxTransport, TransportError, TransportResult, UploadProgress } from './outbox-transport';
import { sameArticleContent } from './same-article-content';
import { withServerMediaIds } from './with-server-media-ids';

/** What one attempt came to: the change it makes to the queue's server state, or why it failed. */
export type Delivery =
  | { ok: true; apply(queue: ArticleQueue): void }
  | { ok: false; error: TransportError };

function garbled(what: string): Delivery {
  // A reply we cannot read may still mean the server acted: retrying with the same key is safe.
  return { ok: false, error: { kind: 'retryable', code: 'bad_response', message: `The newsroom answered the ${what} with something that is not a Copydesk reply.` } };
}

function articleDelivered(result: TransportResult, what: string): Delivery {
  if (!result.ok) return result;
  const article = serverArticleSchema.safeParse(result.value);
  if (!article.success) return garbled(what);
  return {
    ok: true,
    apply(queue) {
      queue.serverId = article.data.id;
      queue.revision = article.data.revision;
    },
  };
}

const notCreated: Delivery = {
  ok: false,
  error: { kind: 'refused', status: 0, code: 'not_on_server', message: 'This article is not on the newsroom yet: send it (create) before updating it.' },
};

/** One attempt at one job. Never throws for a server's answer; only for the desk's own bugs. */
export async function deliverJob(transport: OutboxTransport, queue: Readonly<ArticleQueue>, job: OutboxJob, onProgress?: UploadProgress): Promise<Delivery> {
  const idempotencyKey = job.idempotencyKey;
  switch (job.kind) {
    case 'upload': {
      const result = await transport.call('media:upload', { upload: { file: job.file, fields: job.fields, ...(onProgress ? { onProgress } : {}) }, headers: { idempotencyKey } });
      if (!result.ok) return result;
      const media = mediaResponseSchema.safeParse(result.value);
      if (!media.success) return garbled('image upload');
      return {
        ok: true,
        apply(target) {
          target.media[job.localMediaId] = media.data.id;
        },
      };
    }
    case 'create': {
      const body = { content: withServerMediaIds(job.content, queue.media) };
      return articleDelivered(await transport.call('articles:create', { body, headers: { idempotencyKey } }), 'new article');
    }
    case 'update': {
      if (queue.serverId === null || queue.revision === null) return notCreated;
      const content = withServerMediaIds(job.content, queue.media);
      const params = { id: queue.serverId };
      const expected = queue.revision;
      const result = await transport.call('articles:update', { params, body: { content }, headers: { idempotencyKey, ifMatch: expected } });
      if (result.ok || result.error.kind !== 'refused' || result.error.currentRevision !== expected + 1) return articleDelivered(result, 'saved article');
      // PUT is not replayed by Idempotency-Key. A 409 one revision ahead may be our own first
      // attempt, which arrived before a crash or a lost reply: it is, if that revision is our content.
      const current = await transport.call('articles:get', { params, headers: {} });
      if (!current.ok) return current.error.kind === 'refused' ? result : current;
      const article = serverArticleSchema.safeParse(current.value);
      if (!article.success) return garbled('article');
      if (article.data.revision !== expected + 1 || !sameArticleContent(article.data, content)) return result;
      return articleDelivered(current, 'article');
    }
    case 'transition': {
      if (queue.serverId === null) return notCreated;
      const body = { action: job.action, ...(job.note !== undefined ? { note: job.note } : {}) };
      const headers = { idempotencyKey, ...(queue.revision !== null ? { ifMatch: queue.revision } : {}) };
      return articleDelivered(await transport.call('articles:transition', { params: { id: queue.serverId }, body, headers }), 'workflow step');
    }
  }
}
