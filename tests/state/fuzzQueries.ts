import { PARAMS } from '../../src/state/explorerState';

/** Hand-picked hostile query strings: markup, prototype keys, huge numbers, broken escapes, floods. */
export const MALICIOUS_QUERIES: string[] = [
  '?sel=<script>alert(1)</script>',
  '?sel=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '?sel=__proto__&focus=constructor&from=hasOwnProperty&to=toString',
  '?season=__proto__&upto=constructor&hide=__proto__',
  '?view=valueOf&theme=toString&lang=__proto__&names=constructor',
  '?upto=s99999999999999999999e1',
  '?upto=s1e-1&depth=1e309',
  '?depth=NaN&focus=ana',
  '?depth=-1&focus=ana',
  '?hide=node:character,node:character,node:character',
  '?hide=' + 'link:relationship,'.repeat(2000),
  '?via=,,,,,',
  '?via=relationship,,trauma',
  '?sel=%E0%A4%A',
  '?sel=%',
  '?%%%=%%%',
  '?&&&===&&',
  '?season=s1&season=s2&season=s9',
  '?sel=' + 'a'.repeat(100_000),
  '?sel=\u202Eana',
  '?theme=dark%0ASet-Cookie:%20x=1',
  '?lang=ko%00',
  '?view=table#<script>',
  '?diff=true',
  '?diff=1&diff=0',
  '?data=javascript:alert(1)',
  "?data=https://evil.example/;%20script-src%20'unsafe-inline'",
  '?data=http://a b.example/',
  '?data=//evil.example/graph.json',
  '?data=https://user:pass@evil.example:8443/x.json',
  '?data=' + encodeURIComponent("https://x.example/'self' *"),
  '?names=hangul&names=latin&names=klingon',
  '?focus=ana&depth=2&focus=ben',
  '?from=ana&to=ana',
  '?upto=S1E4',
  '?upto=s1e4e4',
];

/** Seeded random query strings over the real parameter names, random values and stray characters. */
export function fuzzQueries(count: number, seed: number): string[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const names = [...Object.values(PARAMS), 'data', 'x', '', '__proto__'];
  const pieces = [
    's1',
    's2',
    'e4',
    'ana',
    'ben',
    'cy',
    'node:',
    'link:',
    'type:',
    ',',
    '%',
    '%2C',
    '<',
    '"',
    "'",
    '&',
    '=',
    '가',
    '\u202e',
    '1',
    '0',
    '-',
    'table',
    'dark',
    'ko',
  ];
  return Array.from({ length: count }, () => {
    const params = Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
      const value = Array.from({ length: Math.floor(random() * 5) }, () => pick(pieces)).join('');
      return `${pick(names)}=${value}`;
    });
    return `?${params.join('&')}`;
  });
}
