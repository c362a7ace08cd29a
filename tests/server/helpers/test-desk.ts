import { join } from 'node:path';
import type { FastifyInstance, FastifyServerOptions, LightMyRequestResponse } from 'fastify';
import type { ServerAppOptions } from '../../../server/app';
import { buildServerApp } from '../../../server/app';
import { localMediaStorage } from '../../../server/media/local-media-storage';
import { createUser } from '../../../server/users/user-commands';
import type { Role } from '../../../shared/workflow';
import { roles } from '../../../shared/workflow';
import type { DatabaseTarget, TestDatabase } from './test-database';
import { openTestDatabase } from './test-database';

export const testPassword = 'correct horse battery staple';

export interface TestDesk {
  app: FastifyInstance;
  database: TestDatabase;
  /** Bearer token per role; a second reporter signs in as `reporter2`. */
  tokens: Record<Role | 'reporter2', string>;
  clock: { now: Date };
  call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, options?: { as?: Role | 'reporter2'; body?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A migrated database with one user per role signed in, and the app under test. */
export async function createTestDesk(
  target: DatabaseTarget,
  options: Partial<Pick<ServerAppOptions, 'hooks' | 'login' | 'publicSite' | 'trustProxy'>> & { logger?: FastifyServerOptions['logger'] } = {},
): Promise<TestDesk> {
  const database = await openTestDatabase(target);
  const clock = { now: new Date('2026-11-28T09:00:00.000Z') };
  const app = await buildServerApp({
    db: database.db,
    media: localMediaStorage(join(database.dataDir, 'media')),
    now: () => clock.now,
    ...options,
  });
  const names = [...roles, 'reporter2' as const];
  for (const name of names) {
    await createUser(database.db, { username: name.replace('_', '-'), displayName: name, role: name === 'reporter2' ? 'reporter' : name, password: testPassword });
  }
  const tokens: Partial<Record<Role | 'reporter2', string>> = {};
  for (const name of names) {
    const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username: name.replace('_', '-'), password: testPassword } });
    tokens[name] = response.json<{ token: string }>().token;
  }
  const complete = (value: Partial<Record<Role | 'reporter2', string>>): Record<Role | 'reporter2', string> => ({
    reporter: value.reporter ?? '',
    photo_editor: value.photo_editor ?? '',
    chief_editor: value.chief_editor ?? '',
    admin: value.admin ?? '',
    reporter2: value.reporter2 ?? '',
  });
  const signedIn = complete(tokens);
  return {
    app,
    database,
    tokens: signedIn,
    clock,
    call(method, url, callOptions = {}) {
      const headers: Record<string, string> = { ...callOptions.headers };
      if (callOptions.as) headers.authorization = `Bearer ${signedIn[callOptions.as]}`;
      return app.inject({ method, url, headers, ...(callOptions.body !== undefined ? { payload: JSON.stringify(callOptions.body), headers: { ...headers, 'content-type': 'application/json' } } : {}) });
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
