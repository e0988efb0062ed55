import type { ElementDefinition } from 'cytoscape';

import { shortName } from '../domain/displayText';
import type { StoryGraph } from '../domain/parseGraph';
import { STORY_LINK_KINDS } from '../domain/schema';
import type { Point } from './spread';

const isStory = (kind: string) => (STORY_LINK_KINDS as readonly string[]).includes(kind);

/**
 * Maps a graph to Cytoscape element definitions, once per graph. Ids stay the domain ids, so
 * filters and selection can address elements directly; visibility is applied later as classes.
 * `positions` (from a layout run before mounting) win over the grid start, not over the graph's own.
 */
export function toElements(graph: StoryGraph, positions?: Record<string, Point>): ElementDefinition[] {
  const columns = Math.ceil(Math.sqrt(graph.nodes.length));
  const nodes: ElementDefinition[] = graph.nodes.map((node, i) => ({
    group: 'nodes',
    // A grid start keeps nodes apart until the layout runs; nodes stacked at (0,0) make Cytoscape
    // warn about edges it cannot draw when it measures the graph.
    position: node.position ?? positions?.[node.id] ?? { x: (i % columns) * 80, y: Math.floor(i / columns) * 80 },
    data: {
      id: node.id,
      label: shortName(node.label),
      labelKo: shortName(node.labelKo ?? node.label),
      kind: node.kind,
    },
    classes: `kind-${node.kind}`,
  }));
  const links: ElementDefinition[] = graph.links.map((link) => ({
    group: 'edges',
    data: {
      id: link.id,
      source: link.source,
      target: link.target,
      kind: link.kind,
      type: link.type ?? '',
      caption: link.label ?? link.type ?? '',
    },
    classes: [
      `kind-${link.kind}`,
      isStory(link.kind) ? 'is-story' : 'is-structural',
      link.directed ? 'is-directed' : '',
    ]
      .filter(Boolean)
      .join(' '),
  }));
  return [...nodes, ...links];
}
