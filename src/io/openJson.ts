import { parseGraph, type StoryGraph } from '../domain/parseGraph';
import { GraphDataError } from '../domain/problems';
import { fileSlug, fromForeign } from './fromForeign';
import { detectJsonFormat, rawCounts, readCytoscapeJson, readD3Json } from './jsonFormats';
import { parseJsonText } from './readText';
import { checkCounts, noNodes as noNodesAt } from './refuse';

const noNodes = () => new GraphDataError([noNodesAt('(root)')]);

/** An opened graph's exports are named after the file, whatever slug the file itself carries. */
export function namedAfterFile(graph: StoryGraph, fileName: string): StoryGraph {
  return { ...graph, meta: { ...graph.meta, slug: fileSlug(fileName) } };
}

/** A graph from JSON text in any format this app reads: its own, Cytoscape.js JSON or D3 node-link. */
export function graphFromJsonText(fileName: string, text: string): StoryGraph {
  const value = parseJsonText(text);
  const format = detectJsonFormat(value);
  const record = value as Record<string, unknown>;
  const counts = rawCounts(record, format);
  checkCounts(counts.nodes, counts.links);
  if (format === 'own') {
    const graph = parseGraph(value);
    if (graph.nodes.length === 0) throw noNodes();
    return namedAfterFile(graph, fileName);
  }
  const foreign = format === 'cytoscape' ? readCytoscapeJson(record) : readD3Json(record);
  if (foreign.nodes.length === 0) throw noNodes();
  return fromForeign(foreign, fileName);
}
