import type { NewsroomTransport, OutboxRequest, TransportResult } from '../../../electron/desk/outbox/outbox-transport';
import type { ServerRouteName } from '../../../shared/server-api';
import type { FakeClock } from './fake-clock';

export interface RecordedCall {
  route: ServerRouteName;
  request: OutboxRequest;
  at: number;
}

type Answer = (call: RecordedCall, index: number) => TransportResult | Promise<TransportResult>;

/** A server stand-in: records every call with the fake time it was made, answers by script. */
export class FakeTransport implements NewsroomTransport<ServerRouteName> {
  readonly calls: RecordedCall[] = [];
  answer: Answer;

  constructor(clock: FakeClock, answer: Answer) {
    this.clock = clock;
    this.answer = answer;
  }

  private readonly clock: FakeClock;

  async call(route: ServerRouteName, request: OutboxRequest): Promise<TransportResult> {
    const call = { route, request, at: this.clock.now() };
    this.calls.push(call);
    return this.answer(call, this.calls.length - 1);
  }
}

let revision = 0;

/** A plausible server article for a create/update/transition reply. */
export function serverArticle(id: string, content: unknown, rev = (revision += 1)): unknown {
  const fields = typeof content === 'object' && content !== null ? content : {};
  return { ...fields, id, status: 'draft', revision: rev, createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z', approvals: [], notes: [], author: 'reporter', assignee: null, needsPhotos: false, publishAt: null, version: rev };
}
