import type { z } from 'zod';
import { DeskError, type ErrorCode } from '../../../shared/result';
import type { ServerRouteName } from '../../../shared/server-api';
import type { OutboxRequest, TransportError } from '../outbox/outbox-transport';
import type { NewsroomConnection } from './newsroom-connection';

/** The newsroom's refusal as the desk's error: its code, and the server's own words. */
export function deskErrorOf(error: TransportError): DeskError {
  if (error.kind === 'needs_sign_in') return new DeskError('unauthorized', 'Sign in to the newsroom first.', ['reason:newsroom_sign_in']);
  if (error.kind === 'retryable') return new DeskError('offline', `The newsroom cannot be reached right now: ${error.message}`);
  const code: ErrorCode = error.status === 403 ? 'forbidden' : error.status === 404 ? 'not_found' : error.status === 409 || error.status === 412 ? 'conflict' : 'bad_request';
  return new DeskError(code, error.message, error.currentRevision !== undefined ? [`currentRevision:${error.currentRevision}`] : undefined);
}

/** One call a person waits for (not an outbox job): the parsed answer, or a DeskError to show. */
export async function callNewsroom<S extends z.ZodType>(connection: NewsroomConnection, route: ServerRouteName, request: Omit<OutboxRequest, 'headers'> & { headers?: OutboxRequest['headers'] }, schema: S): Promise<z.output<S>> {
  const result = await connection.transport.call(route, { ...request, headers: request.headers ?? {} });
  if (!result.ok) throw deskErrorOf(result.error);
  return schema.parse(result.value);
}
