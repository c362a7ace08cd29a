import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerErrorBody } from '../../shared/server-api';
import type { PublicSiteConfig } from '../public-site/public-site-config';
import { sendSiteError } from '../public-site/http/send-site-error';

/** Programs talk to these; everything else on the server is the readers' site. */
const apiPrefixes = ['/api/', '/media/'];

function answer(error: FastifyError): { status: number; body: ServerErrorBody } {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return { status: 414, body: { error: { code: 'bad_request', message: 'This address is too long. Check the link and try again.' } } };
  }
  return { status: 400, body: { error: { code: 'bad_request', message: 'This address is not valid (a broken % escape?). Check the link and try again.' } } };
}

/**
 * Errors the router raises before any route runs (Fastify's `frameworkErrors`: a malformed URL,
 * a path segment over maxParamLength). Fastify's default body echoes the URL; here the API gets
 * `{ error: { code, message } }` and readers the site's own error page, neither repeating it.
 */
export function frameworkErrors(config: Pick<PublicSiteConfig, 'defaultLanguage'>) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const { status, body } = answer(error);
    const path = request.raw.url ?? '';
    if (apiPrefixes.some((prefix) => path.startsWith(prefix))) {
      void reply.code(status).type('application/json; charset=utf-8').send(body);
      return;
    }
    void sendSiteError(config, reply, status);
  };
}
