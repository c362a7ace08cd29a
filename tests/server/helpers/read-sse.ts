export interface SseEvent {
  id: string;
  event: string;
  data: string;
}

/**
 * Reads an SSE stream with fetch (as the desk process does: a Bearer header) until `count`
 * events arrived or `timeoutMs` passed, then drops the connection. Comments (heartbeats) are
 * counted separately.
 */
export async function readSse(
  url: string,
  token: string,
  options: { count: number; lastEventId?: string; timeoutMs?: number; onOpen?: () => void },
): Promise<{ events: SseEvent[]; comments: number }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 5000);
  const events: SseEvent[] = [];
  let comments = 0;
  try {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}) },
      signal: controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`stream: ${response.status} ${await response.text()}`);
    options.onOpen?.();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    while (events.length < options.count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
        if (block.startsWith(':')) {
          comments += 1;
          continue;
        }
        const fields = new Map(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trimStart()] as const));
        if (fields.has('data')) events.push({ id: fields.get('id') ?? '', event: fields.get('event') ?? 'message', data: fields.get('data') ?? '' });
      }
    }
    await reader.cancel().catch(() => {});
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return { events, comments };
}
