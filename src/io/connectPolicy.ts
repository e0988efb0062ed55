/** A host a CSP source expression can name: letters, digits, dots and dashes (IDNs arrive as punycode). */
const PLAIN_HOST = /^([a-z0-9-]+\.)*[a-z0-9-]+$/i;

/**
 * The origin of a `?data=` URL, or null when it is not an http(s) URL with a plain host name. Browsers
 * differ on odd hosts (Chromium percent-encodes `a b.example`, others refuse it), so those are refused.
 * IPv6 literals (`[::1]`) are refused too: a CSP source expression cannot name one, so the page's own
 * policy would block the request.
 */
export function dataUrlOrigin(raw: string, pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return PLAIN_HOST.test(url.hostname) ? url.origin : null;
}

/**
 * The connect-src a page may use once it knows what it will load: its own origin, plus the origin of
 * the `?data=` URL. Added at start-up as a second Content-Security-Policy; policies only ever add
 * restrictions, so this narrows the build-time `connect-src 'self' https: http:`.
 */
export function connectPolicy(search: string, pageUrl: string): string {
  const raw = new URLSearchParams(search).get('data');
  const origin = raw === null ? null : dataUrlOrigin(raw, pageUrl);
  return `connect-src 'self'${origin === null ? '' : ` ${origin}`}`;
}
