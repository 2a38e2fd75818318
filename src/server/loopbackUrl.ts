import { isIP } from 'node:net';

/**
 * Whether a URL points at this machine (localhost, 127.0.0.0/8, ::1): the only serviceUrl an
 * unauthenticated caller may name, so local mode cannot be used to make the bot post elsewhere.
 */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === 'localhost') return true;
  const address = host.replace(/^\[(.*)\]$/, '$1');
  if (isIP(address) === 4) return address.startsWith('127.');
  if (isIP(address) === 6)
    return address === '::1' || /^::ffff:(?:127\.|7f[0-9a-f]{2}:)/.test(address);
  return false;
}
