import type { FastifyError, FastifyInstance } from 'fastify';
import type { ServerErrorBody } from '../../shared/server-api';
import { ServerError } from './server-error';

function body(code: ServerErrorBody['error']['code'], message: string): ServerErrorBody {
  return { error: { code, message } };
}

/** Fastify's own errors (parsing, limits) mapped to our codes; anything else is a 500 without details. */
function fromFastifyError(error: FastifyError): { status: number; body: ServerErrorBody } | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return { status: 413, body: body('too_large', 'The request is too large.') };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { status: 415, body: body('unsupported_media', 'This content type is not accepted here.') };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, body: body('bad_request', 'The request body is not valid JSON.') };
    default:
      break;
  }
  if (error.validation) return { status: 400, body: body('bad_request', 'The request is not valid.') };
  if (error.statusCode === 429) return { status: 429, body: body('rate_limited', 'Too many attempts. Wait a minute and try again.') };
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, body: body('bad_request', 'The request could not be understood.') };
  }
  return null;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ServerError) return reply.code(error.status).headers(error.headers).send(error.body());
    const known = fromFastifyError(error);
    if (known) return reply.code(known.status).send(known.body);
    // Logged with the request id; the caller gets no stack trace or internals.
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(body('internal', 'Something went wrong on the server. Try again; if it keeps failing, tell the desk administrator.'));
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(body('not_found', 'There is nothing at this address.')));
}
