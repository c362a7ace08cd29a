import { z } from 'zod';

/** Stable error codes: the UI maps each one to a message in the reader's language. */
export const errorCodes = [
  'bad_request',
  'not_found',
  'conflict',
  'forbidden',
  'unauthorized',
  'locked',
  'corrupt',
  'disk_full',
  'read_only',
  'unsupported_media',
  'too_large',
  'offline',
  'internal',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const deskErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.array(z.string()).optional(),
});
export type DeskErrorBody = z.infer<typeof deskErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: DeskErrorBody };

/** Thrown by services for expected failures; turned into `{ ok: false, error }` at the boundary. */
export class DeskError extends Error {
  readonly code: ErrorCode;
  readonly details: string[] | undefined;
  constructor(code: ErrorCode, message: string, details?: string[]) {
    super(message);
    this.name = 'DeskError';
    this.code = code;
    this.details = details;
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: string[]): Result<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/** Readable list of zod problems: "headline: Too long (max 120)". */
export function describeZodError(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
