import { deskApi, splitChannel, type DeskChannel, type DeskRequest, type DeskResponse } from '../../shared/desk-api';
import { deskErrorSchema, type Result } from '../../shared/result';
import './bridge';
import { httpPageExit, ipcPageExit, keepaliveBody, type PageExit } from './page-exit';

export interface CallOptions {
  /** The page is going away (tab closed, hidden, window closing): the call must outlive it. */
  leaving?: boolean;
}

/** Carries a call to the desk: IPC through the preload in Electron, HTTP in web mode. */
export type DeskTransport = (channel: DeskChannel, request: unknown, options?: CallOptions) => Promise<unknown>;

export interface DeskClient {
  call<C extends DeskChannel>(channel: C, request: DeskRequest<C>, options?: CallOptions): Promise<Result<DeskResponse<C>>>;
  pageExit: PageExit;
}

export function createDeskClient(transport: DeskTransport, pageExit: PageExit = ipcPageExit): DeskClient {
  return {
    pageExit,
    async call(channel, request, options) {
      let raw: unknown;
      try {
        raw = await transport(channel, request, options);
      } catch {
        return { ok: false, error: { code: 'offline', message: 'The desk could not be reached. Your text is still here; try again.' } };
      }
      return readResult(channel, raw);
    },
  };
}

/** Checks what came back against the contract, so the UI never works on a malformed value. */
function readResult<C extends DeskChannel>(channel: C, raw: unknown): Result<DeskResponse<C>> {
  if (typeof raw === 'object' && raw !== null && 'ok' in raw) {
    if (raw.ok === true && 'value' in raw) {
      const parsed = deskApi[channel].response.safeParse(raw.value);
      if (parsed.success) return { ok: true, value: parsed.data as DeskResponse<C> };
    } else if (raw.ok === false && 'error' in raw) {
      const error = deskErrorSchema.safeParse(raw.error);
      if (error.success) return { ok: false, error: error.data };
    }
  }
  return { ok: false, error: { code: 'internal', message: `The desk sent an unexpected answer to ${channel}.` } };
}

export const ipcTransport: DeskTransport = async (channel, request) => {
  const [area, verb] = splitChannel(channel);
  const method = window.copydesk?.[area]?.[verb];
  if (!method) throw new Error(`The desk bridge has no ${channel}`);
  return method(request);
};

/**
 * Web mode: `POST /desk/<area>/<verb>`; the per-run token travels in an HttpOnly cookie. A call
 * made while leaving goes as `keepalive`, which the browser completes after the page is gone —
 * when its body fits the browser's keepalive budget; a larger one is sent normally (the page
 * then asks before leaving, see PageExit).
 */
export const httpTransport: DeskTransport = async (channel, request, options) => {
  const [area, verb] = splitChannel(channel);
  const small = options?.leaving ? keepaliveBody(request) : null;
  const response = await fetch(`desk/${area}/${verb}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: small ?? JSON.stringify(request),
    keepalive: small !== null,
  });
  return response.json();
};

/** The desk client for where the page runs: Electron (the preload's bridge) or web mode. */
export function createDefaultDeskClient(): DeskClient {
  return window.copydesk ? createDeskClient(ipcTransport, ipcPageExit) : createDeskClient(httpTransport, httpPageExit);
}

export function defaultTransport(): DeskTransport {
  return window.copydesk ? ipcTransport : httpTransport;
}
