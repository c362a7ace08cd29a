import { z } from 'zod';
import { deskApi, isDeskChannel, type DeskChannel, type DeskHandlers, type DeskResponse } from './desk-api';
import { DeskError, describeZodError, fail, ok, type Result } from './result';

export type DeskLogger = (message: string, error: unknown) => void;

/**
 * The one place a DeskApi call is checked and run, for every transport: the channel must exist,
 * the argument must parse, and every failure becomes `{ ok: false, error }` — nothing is thrown
 * across the bridge.
 */
export async function dispatchDeskCall(
  handlers: DeskHandlers,
  channel: unknown,
  rawRequest: unknown,
  log: DeskLogger = () => {},
): Promise<Result<unknown>> {
  if (!isDeskChannel(channel)) {
    return fail('not_found', `There is no desk method called "${String(channel).slice(0, 60)}".`);
  }
  const parsed = deskApi[channel].request.safeParse(rawRequest ?? {});
  if (!parsed.success) {
    return fail('bad_request', `The request to ${channel} is not valid.`, describeZodError(parsed.error));
  }
  try {
    const value = await callHandler(handlers, channel, parsed.data);
    return ok(value);
  } catch (error) {
    if (error instanceof DeskError) return fail(error.code, error.message, error.details);
    if (error instanceof z.ZodError) {
      return fail('bad_request', `The request to ${channel} is not valid.`, describeZodError(error));
    }
    log(`desk method ${channel} failed`, error);
    return fail('internal', 'Something went wrong on the desk. Your text is still in the editor; try again.');
  }
}

function callHandler<C extends DeskChannel>(handlers: DeskHandlers, channel: C, request: unknown): Promise<DeskResponse<C>> {
  const handler = handlers[channel] as (request: unknown) => Promise<DeskResponse<C>>;
  return handler(request);
}
