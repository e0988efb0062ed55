import type { StoryGraph } from '../domain/parseGraph';
import type { Problem } from '../domain/problems';
import { fromForeign } from './fromForeign';
import { readGexf } from './gexfReader';
import { readGraphml } from './graphmlReader';
import { checkCounts, noNodes, refusal, refuseFile } from './refuse';
import { checkXmlSafety } from './xmlSafety';

/** The XML implementation to use: the browser's own, or a library one in Node tests. */
export interface XmlPlatform {
  DOMParser: new () => { parseFromString(text: string, type: string): Document };
  Document: abstract new () => Document;
}

const notWellFormed = (detail: string, at?: { line: number; column: number }) =>
  refuseFile(refusal(`not well-formed XML: ${detail}`, 'bad-xml', { detail }, at));

/** Parses XML, turning the parser's error (an exception, or a <parsererror> element) into a located problem. */
function parseXml(text: string, xml: XmlPlatform): Document {
  let doc: Document;
  try {
    doc = new xml.DOMParser().parseFromString(text, 'application/xml');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // xmldom (used in Node) puts the place on the error; the message itself has none.
    const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const at = locator?.lineNumber ? { line: locator.lineNumber, column: locator.columnNumber ?? 1 } : undefined;
    return notWellFormed(message.split('\n')[0]!.replace(/^\[xmldom \w+\]\s*/, ''), at);
  }
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    const detail = error.textContent ?? '';
    const at = /line (\d+) at column (\d+): ([^\n]*)/.exec(detail);
    if (!at) return notWellFormed(detail.slice(0, 200));
    return notWellFormed(at[3]!.trim(), { line: Number(at[1]), column: Number(at[2]) });
  }
  return doc;
}

/** Missing ids, duplicate ids and dangling edges, each with its place in the file. */
function checkStructure(doc: Document, format: 'gexf' | 'graphml'): void {
  const problems: Problem[] = [];
  if (!doc.getElementsByTagName('graph')[0]) {
    problems.push(refusal('no <graph> element', 'no-graph-element', undefined, undefined, `<${format}>`));
  }
  const ids = new Set<string>();
  Array.from(doc.getElementsByTagName('node')).forEach((node, i) => {
    const id = node.getAttribute('id');
    if (!id) problems.push({ path: `node #${i + 1}`, message: 'a node needs an id attribute' });
    else if (ids.has(id)) problems.push({ path: `node #${i + 1}`, message: `duplicate node id "${id}"` });
    else ids.add(id);
  });
  Array.from(doc.getElementsByTagName('edge')).forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      const id = edge.getAttribute(end);
      const path = `edge #${i + 1}.${end}`;
      if (!id) problems.push({ path, message: `an edge needs a ${end} attribute` });
      else if (!ids.has(id)) problems.push({ path, message: `link to missing node "${id}"` });
    }
  });
  if (problems.length > 0) refuseFile(...problems);
}

/** A graph from GEXF or GraphML text, read with the given XML implementation. */
export function graphFromXmlText(fileName: string, text: string, xml: XmlPlatform): StoryGraph {
  checkXmlSafety(text);
  const doc = parseXml(text, xml);
  const root = doc.documentElement?.localName ?? doc.documentElement?.nodeName;
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (root !== 'gexf' && root !== 'graphml') {
    const message = 'the XML is neither GEXF (<gexf>) nor GraphML (<graphml>)';
    return refuseFile(refusal(message, 'not-gexf-graphml', undefined, undefined, `<${root ?? ''}>`));
  }
  if ((extension === 'gexf' || extension === 'graphml') && extension !== root) {
    const message = `the file is named .${extension} but holds ${root.toUpperCase()}`;
    return refuseFile(refusal(message, 'xml-named', { extension, format: root.toUpperCase() }, undefined, `<${root}>`));
  }
  checkCounts(doc.getElementsByTagName('node').length, doc.getElementsByTagName('edge').length);
  checkStructure(doc, root);
  const foreign = root === 'gexf' ? readGexf(doc.documentElement) : readGraphml(doc.documentElement);
  if (foreign.nodes.length === 0) refuseFile(noNodes('<graph>'));
  return fromForeign(foreign, fileName);
}
