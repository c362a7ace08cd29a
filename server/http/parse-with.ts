import type { z } from 'zod';
import { describeZodError } from '../../shared/result';
import { ServerError } from './server-error';

/** zod at the boundary: a request that does not fit gets 400 with every problem listed. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ServerError(400, 'bad_request', `The ${what} is not valid.`, { details: describeZodError(parsed.error) });
}
