import pg from 'pg';
import { eventsChannel } from './record-notifications';

/**
 * What wakes an event stream when new events may be in the table. Only a hint: the notifications
 * table is the truth, and a stream also re-reads it on a fallback interval.
 */
export interface EventWake {
  /** Resolves on the next wake-up or after `ms`, whichever comes first. */
  wait(ms: number): Promise<void>;
  close(): Promise<void>;
}

function waiters() {
  const pending = new Set<() => void>();
  return {
    wait(ms: number): Promise<void> {
      return new Promise((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          pending.delete(done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        pending.add(done);
      });
    },
    wakeAll(): void {
      for (const done of [...pending]) done();
    },
  };
}

/** SQLite (one process): the stream polls; `wait` is a plain timeout of at most `pollMs`. */
export function pollingWake(pollMs = 250): EventWake {
  const { wait } = waiters();
  return { wait: (ms) => wait(Math.min(ms, pollMs)), close: async () => {} };
}

/**
 * PostgreSQL: one LISTEN connection per server process; every committed event's NOTIFY (from any
 * process) wakes this process's streams. A lost connection is reopened; meanwhile the streams'
 * fallback interval keeps them reading the table.
 */
export function postgresWake(connectionString: string, onError: (error: unknown) => void = () => {}): EventWake {
  const { wait, wakeAll } = waiters();
  let client: pg.Client | null = null;
  let closed = false;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on('notification', wakeAll);
    next.on('error', (error) => {
      onError(error);
      client = null;
      if (!closed) setTimeout(() => void connect().catch(onError), 1000).unref();
    });
    await next.connect();
    await next.query(`LISTEN ${eventsChannel}`);
    client = next;
    wakeAll();
  };
  const ready = connect().catch(onError);
  return {
    async wait(ms) {
      await ready;
      return wait(client ? ms : Math.min(ms, 1000));
    },
    async close() {
      closed = true;
      await ready;
      await client?.end().catch(onError);
      wakeAll();
    },
  };
}
