import { GraphDataError, type Problem } from '../domain/problems';
import { lineColumn } from './readText';

/**
 * GEXF and GraphML never need a document type declaration, and one is how XML reads local files or
 * URLs (external entities) and blows up in memory (nested entity expansion, "billion laughs"). So any
 * DOCTYPE or ENTITY declaration is refused before an XML parser sees the text.
 */
export function checkXmlSafety(text: string): void {
  const problems: Problem[] = [];
  for (const [pattern, what] of [
    [/<!DOCTYPE/i, 'a DOCTYPE declaration is not allowed (it can define entities that expand or read files)'],
    [/<!ENTITY/i, 'entity declarations are not allowed (external or expanding entities)'],
  ] as const) {
    const match = pattern.exec(text);
    if (match) {
      const at = lineColumn(text, match.index);
      problems.push({ path: `line ${at.line}, column ${at.column}`, message: what });
    }
  }
  if (problems.length > 0) throw new GraphDataError(problems, 'The file could not be opened');
}
