/**
 * Web mode answers only to the names of this machine's loopback interface. A page on another
 * site that rebinds its DNS name to 127.0.0.1 still sends its own name in Host, and is refused.
 */
const loopbackNames = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
  return loopbackNames.has(name.toLowerCase());
}
