import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkResponse } from '../../server/http/response-check';
import { serverErrorSchema, serverRoutes, type ServerRouteName } from '../../shared/server-api';
import { createTestDesk, type TestDesk } from './helpers/test-desk';

describe('the route table is the server’s contract', () => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await createTestDesk('sqlite');
  });
  afterAll(async () => desk?.close());

  it('every route in the table is registered at its method and URL', () => {
    const missing = (Object.keys(serverRoutes) as ServerRouteName[]).filter((name) => !desk.app.hasRoute({ method: serverRoutes[name].method, url: serverRoutes[name].url }));
    expect(missing).toEqual([]);
  });

  it('input that does not fit the table’s schema is refused with 400 naming every problem, before the handler runs', async () => {
    const response = await desk.call('POST', '/api/articles', { as: 'reporter', body: { content: { headline: 42 }, extra: true } });
    expect(response.statusCode).toBe(400);
    const error = serverErrorSchema.parse(response.json()).error;
    expect(error.message).toBe('The article is not valid.');
    expect(error.details?.length).toBeGreaterThan(1);
    const query = await desk.call('GET', '/api/articles?limit=100000', { as: 'reporter' });
    expect(query.statusCode).toBe(400);
    expect(serverErrorSchema.parse(query.json()).error.message).toBe('The article filter is not valid.');
    const params = await desk.call('GET', `/api/articles/${'x'.repeat(150)}`, { as: 'reporter' });
    expect(params.statusCode).toBe(400);
    expect(serverErrorSchema.parse(params.json()).error.message).toBe('The article address is not valid.');
  });

  it('an answer off the contract (wrong body, wrong status, an error without the error shape) becomes a 500 naming the route', async () => {
    const app = Fastify();
    app.get('/bad-body', { onSend: [checkResponse('sections:list')] }, async () => ({ items: [{ slug: 42 }] }));
    app.get('/bad-status', { onSend: [checkResponse('sections:list')] }, async (_request, reply) => reply.code(201).send({ items: [] }));
    app.get('/bad-error', { onSend: [checkResponse('sections:list')] }, async (_request, reply) => reply.code(404).send({ message: 'gone' }));
    app.get('/good', { onSend: [checkResponse('sections:list')] }, async () => ({ items: [] }));
    for (const url of ['/bad-body', '/bad-status', '/bad-error']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(500);
      const error = serverErrorSchema.parse(response.json()).error;
      expect(error.message).toBe('The answer of sections:list does not fit the contract.');
      expect(error.details?.length).toBeGreaterThan(0);
    }
    expect((await app.inject({ method: 'GET', url: '/good' })).statusCode).toBe(200);
    await app.close();
  });
});
