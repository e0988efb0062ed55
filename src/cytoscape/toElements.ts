import type { ElementDefinition } from 'cytoscape';

import type { StoryGraph } from '../domain/parseGraph';
import { STORY_LINK_KINDS } from '../domain/schema';

const isStory = (kind: string) => (STORY_LINK_KINDS as readonly string[]).includes(kind);

/**
 * Maps a graph to Cytoscape element definitions, once per graph. Ids stay the domain ids, so
 * filters and selection can address elements directly; visibility is applied later as classes.
 */
export function toElements(graph: StoryGraph): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map((node) => ({
    group: 'nodes',
    data: { id: node.id, label: node.label, labelKo: node.labelKo ?? node.label, kind: node.kind },
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
