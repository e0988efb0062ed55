export const REMOTE_FAILURES = [
  'bad-url',
  'not-http',
  'ipv6',
  'credentials',
  'network',
  'cors',
  'http',
  'too-large',
  'timeout',
] as const;
export type RemoteFailure = (typeof REMOTE_FAILURES)[number];

/** Why a `?data=` URL gave no file: src/io/ throws it, src/i18n/ words it (`remoteFailure`). */
export class RemoteGraphError extends Error {
  constructor(
    readonly reason: RemoteFailure,
    readonly url: string,
    readonly detail = '',
    /** The size limit, for `too-large` (whose detail is the size found). */
    readonly limit = '',
  ) {
    super(`${reason}: ${url} ${detail}`.trim());
    this.name = 'RemoteGraphError';
  }
}
