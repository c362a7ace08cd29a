// Loaded with --import into a Node child: gives it `process.parentPort` as Electron's
// utilityProcess does (message events carry `.data`), carried over Node's IPC underneath, and
// takes process.send away, so a worker that ignored the port could not answer at all.
import { EventEmitter } from 'node:events';

const send = process.send.bind(process);
process.send = undefined;
const port = new EventEmitter();
process.on('message', (data) => port.emit('message', { data }));
port.postMessage = (message) => send(message);
Object.defineProperty(process, 'parentPort', { value: port });
