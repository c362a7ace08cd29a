import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { describeZodError } from '../../shared/result';
import { serverErrorSchema, serverRoutes, type ServerRouteName } from '../../shared/server-api';

/** Tests (COPYDESK_CHECK_RESPONSES=1, set in vitest.config.ts) check every answer against the table. */
export function responseChecksEnabled(): boolean {
  return process.env.COPYDESK_CHECK_RESPONSES === '1';
}

function readJson(payload: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(payload.toString()) };
  } catch {
    return { ok: false };
  }
}

/**
 * An onSend hook: a success must have the route's status and fit its response schema; a
 * refusal must be the server's error shape. A mismatch is a bug in the server, so the answer
 * becomes a 500 naming the route and the problem, and the test that made the call fails.
 */
export function checkResponse(name: ServerRouteName) {
  const definition: { status: number; response: z.ZodType | null } = serverRoutes[name];
  return async (_request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> => {
    const status = reply.statusCode;
    const problems: string[] = [];
    if (status < 400) {
      if (status !== definition.status && status !== 304) problems.push(`status ${status}, the table says ${definition.status}`);
      if (definition.response && status !== 304) {
        const json = readJson(payload);
        const parsed = json.ok ? definition.response.safeParse(json.value) : null;
        if (!parsed) problems.push('the body is not JSON');
        else if (!parsed.success) problems.push(...describeZodError(parsed.error));
      }
    } else {
      const json = readJson(payload);
      const parsed = json.ok ? serverErrorSchema.safeParse(json.value) : null;
      if (!parsed?.success) problems.push(`a ${status} without the server's error body`);
    }
    if (problems.length === 0) return payload;
    reply.code(500).type('application/json');
    return JSON.stringify({ error: { code: 'internal', message: `The answer of ${name} does not fit the contract.`, details: problems } });
  };
}
