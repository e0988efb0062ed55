import type { Problem } from '../domain/problems';
import { lineColumn } from './readText';
import { refusal, refuseFile } from './refuse';

/**
 * GEXF and GraphML never need a document type declaration, and one is how XML reads local files or
 * URLs (external entities) and blows up in memory (nested entity expansion, "billion laughs"). So any
 * DOCTYPE or ENTITY declaration is refused before an XML parser sees the text.
 */
export function checkXmlSafety(text: string): void {
  const problems: Problem[] = [];
  for (const [pattern, what, code] of [
    [
      /<!DOCTYPE/i,
      'a DOCTYPE declaration is not allowed (it can define entities that expand or read files)',
      'doctype',
    ],
    [/<!ENTITY/i, 'entity declarations are not allowed (external or expanding entities)', 'entity'],
  ] as const) {
    const match = pattern.exec(text);
    if (match) problems.push(refusal(what, code, undefined, lineColumn(text, match.index)));
  }
  if (problems.length > 0) refuseFile(...problems);
}
