/**
 * Placeholder pictures served under https://img.pddpic.com/ (mapped to the
 * simulator like the other hosts) so avatars, goods thumbnails and chat images
 * have real-looking URLs. They are small SVGs whatever the extension says.
 */

export const IMG_HOST = 'img.pddpic.com';

export type ImageKind = 'avatar' | 'goods' | 'chat' | 'logo';

/** URL of a placeholder picture; the same seed always gives the same picture. */
export function imageUrl(kind: ImageKind, seed: string): string {
  const dir = { avatar: 'a', goods: 'mms-material-img', chat: 'chat-img', logo: 'mms-logo' }[kind];
  return `https://${IMG_HOST}/${dir}/${encodeURIComponent(seed)}.jpeg`;
}

const PALETTE = ['#f4a259', '#5b8e7d', '#8cb369', '#bc4b51', '#4f86c6', '#9d79bc', '#e07a5f', '#3d405b', '#81b29a'];

function hue(seed: string): string {
  let h = 7;
  for (let i = 0; i < seed.length; i++) h = (h * 33 + seed.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}

/** SVG body for a request path on the image host, or null for a 404. */
export function renderImage(pathname: string): string | null {
  const m = /^\/(a|mms-material-img|chat-img|mms-logo)\/([^/]+)\.jpeg$/.exec(pathname);
  if (!m) return null;
  const [, dir, rawSeed] = m;
  const seed = decodeURIComponent(rawSeed!);
  const color = hue(seed);
  if (dir === 'a') {
    return svg(80, 80, `<rect width="80" height="80" fill="${color}"/>
<circle cx="40" cy="31" r="15" fill="#fff" opacity=".9"/><ellipse cx="40" cy="74" rx="26" ry="20" fill="#fff" opacity=".9"/>`);
  }
  if (dir === 'mms-logo') {
    return svg(80, 80, `<rect width="80" height="80" rx="12" fill="#e02e24"/>
<text x="40" y="50" font-size="26" text-anchor="middle" fill="#fff" font-family="sans-serif">店</text>`);
  }
  if (dir === 'mms-material-img') {
    return svg(160, 160, `<rect width="160" height="160" fill="#f3f3f3"/><rect x="30" y="30" width="100" height="100" rx="8" fill="${color}"/>
<text x="80" y="90" font-size="22" text-anchor="middle" fill="#fff" font-family="sans-serif">商品</text>`);
  }
  return svg(240, 320, `<rect width="240" height="320" fill="${color}"/>
<path d="M0 260 L70 180 L120 230 L170 160 L240 250 L240 320 L0 320 Z" fill="#fff" opacity=".5"/><circle cx="180" cy="70" r="26" fill="#fff" opacity=".7"/>`);
}

function svg(w: number, h: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`;
}
