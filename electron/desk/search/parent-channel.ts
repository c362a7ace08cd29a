/** How a helper process hears from the desk that started it and answers once. */
export interface ParentChannel {
  onFirstMessage(listener: (message: unknown) => void): void;
  /** Sends the answer, then ends this process with exit code 0. */
  answerAndExit(message: unknown): void;
}

// Electron's utilityProcess gives the child `process.parentPort` (a MessagePort-like object
// whose events carry `.data`) instead of Node's process.send; this is the part used here.
interface ParentPortLike {
  once(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}
function isParentPort(value: unknown): value is ParentPortLike {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'once') === 'function' && typeof Reflect.get(value, 'postMessage') === 'function';
}

/**
 * The channel to the desk: Electron's parentPort when started by utilityProcess.fork (the app),
 * else Node's IPC when started by child_process.fork (web mode and tests).
 */
export function parentChannel(): ParentChannel {
  const parentPort: unknown = Reflect.get(process, 'parentPort');
  if (isParentPort(parentPort)) {
    return {
      onFirstMessage: (listener) => parentPort.once('message', (event) => listener(event.data)),
      // postMessage hands the answer to the channel at once; exit on the next turn after it.
      answerAndExit: (message) => {
        parentPort.postMessage(message);
        setImmediate(() => process.exit(0));
      },
    };
  }
  // The desk went away (quit or crashed): nobody is waiting for this answer.
  process.once('disconnect', () => process.exit(1));
  return {
    onFirstMessage: (listener) => process.once('message', listener),
    answerAndExit: (message) => {
      if (!process.send) process.exit(1);
      process.send(message, () => process.exit(0));
    },
  };
}
