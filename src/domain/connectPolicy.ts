/**
 * The connect-src a page may use once it knows what it will load: its own origin, plus the origin of
 * the `?data=` URL when that is http(s). Added at start-up as a second Content-Security-Policy; policies
 * only ever add restrictions, so this narrows the build-time `connect-src 'self' https: http:`.
 */
export function connectPolicy(search: string, pageUrl: string): string {
  const raw = new URLSearchParams(search).get('data');
  let extra = '';
  if (raw !== null) {
    try {
      const url = new URL(raw, pageUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') extra = ` ${url.origin}`;
    } catch {
      // An unreadable URL is reported by the loader; it adds nothing to the policy.
    }
  }
  return `connect-src 'self'${extra}`;
}
