/**
 * The one origin the live board's server is granted as (an optional host
 * permission, asked for on a click on the options page; checked by the
 * worker before any request): `https://host/*`, or `http://` for this
 * computer only. A match pattern without a port covers every port.
 */
export function boardOriginPattern(url: string): string | null {
  try {
    const u = new URL(url);
    const local = u.hostname === '127.0.0.1' || u.hostname === 'localhost';
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local)) return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}
