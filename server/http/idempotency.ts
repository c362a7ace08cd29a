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

function requestHash(request: FastifyRequest, body: string): string {
  return createHash('sha256').update(request.method).update('\n').update(request.url).update('\n').update(body).digest('hex');
}

/** The SHA-256 of an uploaded file: what a multipart request's Idempotency-Key is bound to. */
export function uploadDigest(bytes: Uint8Array): string {
  return `multipart:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * `Idempotency-Key` on a POST: the first request claims the key (a row in the database, so every
 * server process sees it) and its response is stored; a repeat gets that response back without
 * acting again. A repeat while the first is still running gets 409 and can retry.
 * Keys are scoped to the signed-in user. Routes whose responses hold a secret (sign-in) are
 * registered without idempotency at all (see route-registrar.ts): a stored response is a
 * plain-text copy, and a retried sign-in simply opens a second session.
 * A multipart body is streamed, not buffered, so it cannot be hashed before the handler runs:
 * the upload route claims the key itself with `claimUpload` once it has the file's bytes, so a
 * different file of the same size is never answered with the first one's image.
 */
export function idempotency(db: Kysely<Database>, now: () => Date) {
  /** True when the reply was sent (a replay); the handler must then stop. */
  async function claimWith(request: FastifyRequest, reply: FastifyReply, body: string): Promise<boolean> {
    const header = request.headers['idempotency-key'];
    if (header === undefined || !request.user) return false;
    const key = Array.isArray(header) ? header[0] : header;
    if (!key || !keyPattern.test(key)) throw new ServerError(400, 'bad_request', 'Idempotency-Key must be 1–200 letters, digits or . _ : -');
    const hash = requestHash(request, body);
    const userId = request.user.id;
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({ user_id: userId, idempotency_key: key, request_hash: hash, status_code: null, content_type: null, response_body: null, created_at: now().toISOString() })
      .onConflict((conflict) => conflict.columns(['user_id', 'idempotency_key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
      request.idempotencyClaim = { userId, key };
      return false;
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
        return false;
      }
      // Retry-After marks this 409 as "wait", unlike a refusal: an outbox retries it instead of stopping.
      reply.header('retry-after', '1');
      throw new ServerError(409, 'conflict', 'The first request with this Idempotency-Key is still being handled. Retry in a moment.');
    }
    reply.header('idempotent-replayed', 'true');
    if (first.content_type) reply.type(first.content_type);
    void reply.code(first.status_code).send(first.response_body ?? '');
    return true;
  }

  async function claim(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    // Multipart: claimed by the handler with the file's digest (claimUpload).
    if (request.isMultipart()) return undefined;
    // A hook that sent the reply returns it, so Fastify skips the handler.
    return (await claimWith(request, reply, JSON.stringify(request.body ?? null))) ? reply : undefined;
  }

  async function claimUpload(request: FastifyRequest, reply: FastifyReply, bytes: Uint8Array): Promise<boolean> {
    return claimWith(request, reply, uploadDigest(bytes));
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

  return { claim, claimUpload, remember };
}
