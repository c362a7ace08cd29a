/**
 * Child process of the outbox crash test: opens the outbox on a folder and sends its jobs to a
 * real newsroom server as fast as it can, printing "delivered <article>" as queues empty and
 * "done" when every queue is empty. The test kills it with SIGKILL at random moments.
 */
import { Outbox } from '../../../electron/desk/outbox/outbox';
import { httpTestTransport } from './http-test-transport';

const [folder = '', baseUrl = '', token = ''] = process.argv.slice(2);
// Short waits: the server is on loopback and always up; the point is where the kill lands.
const outbox = new Outbox({ folder, transport: httpTestTransport(baseUrl, token), retry: { baseDelayMs: 20, maxDelayMs: 200 } });
await outbox.open();

function report(): void {
  const states = outbox.articleKeys().map((key) => [key, outbox.state(key)] as const);
  const stopped = states.find(([, state]) => state.state === 'stopped');
  if (stopped) {
    process.stdout.write(`stopped ${stopped[0]} ${JSON.stringify(stopped[1])}\n`);
    process.exit(2);
  }
  if (states.every(([, state]) => state.state === 'idle')) {
    // Every write finished first: "done" means the queues on disk are whole and empty.
    void outbox.close().then(() => {
      process.stdout.write('done\n');
      process.exit(0);
    });
  }
}

outbox.onChange((key) => {
  if (outbox.state(key).state === 'idle') process.stdout.write(`delivered ${key}\n`);
  report();
});
process.stdout.write('ready\n');
outbox.start();
report();
