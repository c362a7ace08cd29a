import { act, type ReactNode } from 'react';
import { createDeskClient, type DeskTransport } from '../../../renderer/api/desk-client';
import { DeskProvider } from '../../../renderer/api/desk-context';

/** A desk that answers each channel from `answers` and records every call, in order. */
export function fakeDesk(answers: Record<string, (request: unknown) => unknown>) {
  const calls: { channel: string; request: unknown }[] = [];
  const transport: DeskTransport = async (channel, request) => {
    calls.push({ channel, request });
    const answer = answers[channel];
    return answer ? { ok: true, value: answer(request) } : { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  };
  const client = createDeskClient(transport);
  return { calls, wrap: (element: ReactNode) => <DeskProvider client={client}>{element}</DeskProvider> };
}

/** Lets queries and mutations settle. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

export function buttonNamed(container: HTMLElement, name: string): HTMLButtonElement | null {
  return Array.from(container.querySelectorAll('button')).find((button) => button.textContent?.trim() === name) ?? null;
}
