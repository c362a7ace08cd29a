/**
 * Who is signed in to which newsroom, for the whole desk: the sign-in screen's service and the
 * NewsroomConnection every other desk service sends through. The address and the person are
 * kept in `<data>/newsroom.json`; the token only in the TokenVault (encrypted, or memory).
 * A token the server stops accepting (expired, revoked) turns the state to `expired`: the
 * outbox waits, nothing is dropped, and signing in again resumes it.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { NewsroomState } from '../../../shared/desk-api-newsroom';
import { DeskError } from '../../../shared/result';
import { loginResponseSchema, serverInfoResponseSchema, sessionUserSchema, type SessionUser } from '../../../shared/server-api';
import type { ServerRouteName } from '../../../shared/server-api';
import { DurableJsonFile } from '../storage/durable-json-file';
import type { NewsroomTransport, OutboxRequest, TransportError, TransportResult } from '../outbox/outbox-transport';
import { createNewsroomClient } from './newsroom-client';
import type { NewsroomConnection } from './newsroom-connection';
import { parseNewsroomAddress, signInRefusal } from './newsroom-address';
import type { TokenVault } from './token-vault';

const profileSchema = z.object({ serverUrl: z.string().nullable(), user: sessionUserSchema.nullable() });
type Profile = z.infer<typeof profileSchema>;

export interface NewsroomSessionOptions {
  dataDir: string;
  vault: TokenVault;
  /** The embedded local server's address (web mode, `npm start`): the default newsroom. */
  defaultServerUrl: () => string | undefined;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const noHeaders: OutboxRequest['headers'] = {};

export class NewsroomSession implements NewsroomConnection {
  private profile: Profile = { serverUrl: null, user: null };
  private token: string | null = null;
  private status: NewsroomState['status'] = 'signed_out';
  private setupNeeded: boolean | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly file: DurableJsonFile<Profile>;
  private readonly client: NewsroomTransport<ServerRouteName>;
  readonly transport: NewsroomTransport<ServerRouteName>;

  constructor(private readonly options: NewsroomSessionOptions) {
    this.file = new DurableJsonFile<Profile>(join(options.dataDir, 'newsroom.json'));
    this.client = this.clientFor(() => this.serverUrl(), () => this.token);
    this.transport = { call: (route, request) => this.call(route, request) };
  }

  async open(): Promise<void> {
    const stored = profileSchema.safeParse(await this.file.read().catch(() => null));
    if (stored.success) this.profile = stored.data;
    this.token = await this.options.vault.load();
    if (this.token && this.profile.user) this.status = 'signed_in';
  }

  /** The newsroom the desk talks to: the one last signed in to, else the embedded local one. */
  serverUrl(): string | null {
    return this.profile.serverUrl ?? this.defaultUrl();
  }

  private defaultUrl(): string | null {
    const url = this.options.defaultServerUrl();
    return url ? parseNewsroomAddress(url) : null;
  }

  signedIn(): boolean {
    return this.status === 'signed_in' && this.token !== null;
  }

  user(): SessionUser | null {
    return this.signedIn() ? this.profile.user : null;
  }

  endpoint(): { baseUrl: string; token: string } | null {
    const baseUrl = this.serverUrl();
    return this.signedIn() && baseUrl && this.token ? { baseUrl, token: this.token } : null;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async state(): Promise<NewsroomState> {
    const serverUrl = this.serverUrl();
    if (!this.signedIn() && serverUrl) this.setupNeeded = await this.info(serverUrl).then((info) => info.setupNeeded, () => null);
    return {
      serverUrl,
      embedded: serverUrl !== null && serverUrl === this.defaultUrl(),
      status: this.status,
      user: this.status === 'signed_out' ? null : this.profile.user,
      tokenStorage: this.options.vault.storage,
      tokenStorageReason: this.options.vault.reason,
      setupNeeded: this.signedIn() ? false : this.setupNeeded,
    };
  }

  async probe(address: string): Promise<{ serverUrl: string; version: string; setupNeeded: boolean }> {
    const serverUrl = parseNewsroomAddress(address);
    const info = await this.info(serverUrl);
    return { serverUrl, version: info.version, setupNeeded: info.setupNeeded };
  }

  async signIn(request: { serverUrl: string; username: string; password: string }): Promise<NewsroomState> {
    const { serverUrl } = await this.probe(request.serverUrl);
    const result = await this.clientFor(() => serverUrl, () => null).call('session:create', { body: { username: request.username, password: request.password }, headers: noHeaders });
    if (!result.ok) throw refusalOf(result.error, 'sign_in');
    await this.adopt(serverUrl, loginResponseSchema.parse(result.value));
    return this.state();
  }

  async createFirstAccount(request: { serverUrl: string; username: string; displayName: string; password: string }): Promise<NewsroomState> {
    const probed = await this.probe(request.serverUrl);
    if (!probed.setupNeeded) throw signInRefusal('conflict', 'setup_done', 'This newsroom already has accounts: sign in, or ask an administrator for one.');
    const body = { username: request.username, displayName: request.displayName, password: request.password };
    const result = await this.clientFor(() => probed.serverUrl, () => null).call('setup:firstAccount', { body, headers: noHeaders });
    if (!result.ok) throw refusalOf(result.error, 'first_account');
    await this.adopt(probed.serverUrl, loginResponseSchema.parse(result.value));
    return this.state();
  }

  async signOut(): Promise<NewsroomState> {
    if (this.token) await this.client.call('session:delete', { headers: noHeaders }).catch(() => null);
    this.token = null;
    this.status = 'signed_out';
    this.profile = { serverUrl: this.profile.serverUrl, user: null };
    await this.options.vault.clear();
    await this.file.write(this.profile);
    this.changed();
    return this.state();
  }

  private async adopt(serverUrl: string, session: z.infer<typeof loginResponseSchema>): Promise<void> {
    this.token = session.token;
    this.status = 'signed_in';
    this.setupNeeded = false;
    this.profile = { serverUrl, user: session.user };
    await this.file.write(this.profile);
    await this.options.vault.save(session.token);
    this.changed();
  }

  /** Every call of the desk's services: a 401 means the token is no longer good — sign in again. */
  private async call(route: ServerRouteName, request: OutboxRequest): Promise<TransportResult> {
    if (!this.signedIn()) return { ok: false, error: { kind: 'needs_sign_in', code: 'unauthorized', message: 'Sign in to the newsroom to send and receive articles.' } };
    const result = await this.client.call(route, request);
    if (!result.ok && result.error.kind === 'needs_sign_in' && this.status === 'signed_in') {
      this.status = 'expired';
      this.changed();
    }
    return result;
  }

  private async info(serverUrl: string): Promise<z.infer<typeof serverInfoResponseSchema>> {
    const result = await this.clientFor(() => serverUrl, () => null).call('server:info', { headers: noHeaders });
    if (result.ok) return serverInfoResponseSchema.parse(result.value);
    if (result.error.kind === 'retryable' && result.error.code !== 'bad_response') {
      throw signInRefusal('offline', 'unreachable', `No answer from ${serverUrl}: check the address and the network. (${result.error.message})`);
    }
    throw signInRefusal('bad_request', 'not_copydesk', `${serverUrl} answered, but it is not a Copydesk newsroom server. Check the address.`);
  }

  private clientFor(baseUrl: () => string | null, token: () => string | null): NewsroomTransport<ServerRouteName> {
    return createNewsroomClient({ baseUrl, token, timeoutMs: this.options.timeoutMs ?? 15_000, ...(this.options.fetch ? { fetch: this.options.fetch } : {}) });
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

function refusalOf(error: TransportError, during: 'sign_in' | 'first_account'): DeskError {
  if (error.kind === 'retryable' && error.code === 'rate_limited') return signInRefusal('locked', 'too_many_attempts', error.message);
  if (error.kind === 'retryable') return signInRefusal('offline', 'unreachable', error.message);
  if (error.kind === 'needs_sign_in') return signInRefusal('unauthorized', 'wrong_password', 'The username or password is wrong.');
  if (error.status === 403) return signInRefusal('forbidden', 'disabled', error.message);
  if (error.status === 409 && during === 'first_account') return signInRefusal('conflict', 'setup_done', error.message);
  if (error.code === 'rate_limited' || error.status === 429) return signInRefusal('locked', 'too_many_attempts', error.message);
  return new DeskError('bad_request', error.message);
}
