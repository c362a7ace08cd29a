import { deskApi, splitChannel, type DeskChannel, type DeskRequest, type DeskResponse } from '../../shared/desk-api';
import { deskErrorSchema, type Result } from '../../shared/result';
import './bridge';

/** Carries a call to the desk: IPC through the preload in Electron, HTTP in web mode. */
export type DeskTransport = (channel: DeskChannel, request: unknown) => Promise<unknown>;

export interface DeskClient {
  call<C extends DeskChannel>(channel: C, request: DeskRequest<C>): Promise<Result<DeskResponse<C>>>;
}

export function createDeskClient(transport: DeskTransport): DeskClient {
  return {
    async call(channel, request) {
      let raw: unknown;
      try {
        raw = await transport(channel, request);
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

/** Web mode: `POST /desk/<area>/<verb>`; the per-run token travels in an HttpOnly cookie. */
export const httpTransport: DeskTransport = async (channel, request) => {
  const [area, verb] = splitChannel(channel);
  const response = await fetch(`desk/${area}/${verb}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  return response.json();
};

export function defaultTransport(): DeskTransport {
  return window.copydesk ? ipcTransport : httpTransport;
}
