import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ServerError } from './server-error';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyClaim: { userId: string; key: string } | null;
  }
}

const keyPattern = /^[A-Za-z0-9_.:-]{1,200}$/;
const abandonedClaimMs = 2 * 60 * 1000;

function requestHash(request: FastifyRequest): string {
  const hash = createHash('sha256').update(request.method).update('\n').update(request.url).update('\n');
  // A multipart body is streamed, not buffered: its length stands in for its content.
  if (request.isMultipart()) hash.update(`multipart:${request.headers['content-length'] ?? ''}`);
  else hash.update(JSON.stringify(request.body ?? null));
  return hash.digest('hex');
}

/**
 * `Idempotency-Key` on a POST: the first request claims the key (a row in the database, so every
 * server process sees it) and its response is stored; a repeat gets that response back without
 * acting again. A repeat while the first is still running gets 409 and can retry.
 * Keys are scoped to the signed-in user; sign-in itself is not replayed, because its response
 * holds a session token that must never be stored in plain text (a retried sign-in simply opens
 * a second session).
 */
export function idempotency(db: Kysely<Database>, now: () => Date) {
  async function claim(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const header = request.headers['idempotency-key'];
    if (header === undefined || !request.user) return;
    const key = Array.isArray(header) ? header[0] : header;
    if (!key || !keyPattern.test(key)) throw new ServerError(400, 'bad_request', 'Idempotency-Key must be 1–200 letters, digits or . _ : -');
    const hash = requestHash(request);
    const userId = request.user.id;
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({ user_id: userId, idempotency_key: key, request_hash: hash, status_code: null, content_type: null, response_body: null, created_at: now().toISOString() })
      .onConflict((conflict) => conflict.columns(['user_id', 'idempotency_key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
      request.idempotencyClaim = { userId, key };
      return;
    }
    const first = await db.selectFrom('idempotency_keys').selectAll().where('user_id', '=', userId).where('idempotency_key', '=', key).executeTakeFirstOrThrow();
    if (first.request_hash !== hash) throw new ServerError(422, 'conflict', 'This Idempotency-Key was already used for a different request. Use a new key for a new request.');
    if (first.status_code === null) {
      // A claim this old belongs to a process that died mid-request (its transaction rolled
      // back): the retry takes the key over instead of waiting for an answer that never comes.
      const abandonedBefore = new Date(now().getTime() - abandonedClaimMs).toISOString();
      const takenOver = await db
        .updateTable('idempotency_keys')
        .set({ created_at: now().toISOString() })
        .where('user_id', '=', userId)
        .where('idempotency_key', '=', key)
        .where('status_code', 'is', null)
        .where('created_at', '<', abandonedBefore)
        .executeTakeFirst();
      if (takenOver.numUpdatedRows === 1n) {
        request.idempotencyClaim = { userId, key };
        return;
      }
      // Retry-After marks this 409 as "wait", unlike a refusal: an outbox retries it instead of stopping.
      reply.header('retry-after', '1');
      throw new ServerError(409, 'conflict', 'The first request with this Idempotency-Key is still being handled. Retry in a moment.');
    }
    reply.header('idempotent-replayed', 'true');
    if (first.content_type) reply.type(first.content_type);
    return reply.code(first.status_code).send(first.response_body ?? '');
  }

  async function remember(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const claimed = request.idempotencyClaim;
    if (!claimed) return payload;
    const where = db.updateTable('idempotency_keys').where('user_id', '=', claimed.userId).where('idempotency_key', '=', claimed.key);
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      // A failure on our side did not act: free the key so the retry can.
      await db.deleteFrom('idempotency_keys').where('user_id', '=', claimed.userId).where('idempotency_key', '=', claimed.key).execute();
      return payload;
    }
    const contentType = reply.getHeader('content-type');
    await where.set({ status_code: reply.statusCode, content_type: typeof contentType === 'string' ? contentType : null, response_body: payload }).execute();
    return payload;
  }

  return { claim, remember };
}
