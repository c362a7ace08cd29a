import type { ServerErrorBody, ServerErrorCode } from '../../shared/server-api';

type ErrorExtras = Omit<ServerErrorBody['error'], 'code' | 'message'>;

/** An expected failure with its HTTP status; the error handler turns it into `{ error }`. */
export class ServerError extends Error {
  readonly status: number;
  readonly code: ServerErrorCode;
  readonly extras: ErrorExtras;
  /** Response headers that go with the error (e.g. Retry-After on 429). */
  readonly headers: Readonly<Record<string, string>>;
  constructor(status: number, code: ServerErrorCode, message: string, extras: ErrorExtras = {}, headers: Record<string, string> = {}) {
    super(message);
    this.headers = headers;
    this.name = 'ServerError';
    this.status = status;
    this.code = code;
    this.extras = extras;
  }

  body(): ServerErrorBody {
    return { error: { code: this.code, message: this.message, ...this.extras } };
  }
}

export const notFound = (what: string) => new ServerError(404, 'not_found', `${what} was not found.`);
