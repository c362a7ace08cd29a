import { isIP } from 'node:net';

/** What the setting can give Fastify's `trustProxy`: nothing to trust, or the proxies' addresses. */
export type TrustProxy = false | string[];

function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  if (rest.length > 0) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d{1,3}$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

/**
 * COPYDESK_TRUST_PROXY: unset or `false` — believe no X-Forwarded-For (the default: a client
 * cannot choose the address its sign-in limits are counted against); a comma-separated list of
 * the load balancers' addresses or CIDR ranges — believe the header only from those. `true`
 * (every sender) and hop counts are refused: with them anyone could spoof their address.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const wrong = entries.filter((entry) => !isAddressOrRange(entry));
  if (text === 'true' || entries.length === 0 || wrong.length > 0) {
    throw new Error(
      `COPYDESK_TRUST_PROXY must be false or a comma-separated list of proxy addresses or CIDR ranges (e.g. 10.0.0.5,10.1.0.0/16), not "${text}".`,
    );
  }
  return entries;
}
