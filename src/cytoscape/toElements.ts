import type { ElementDefinition } from 'cytoscape';

import { chartPlan } from '../domain/chart';
import { canvasName, shortName } from '../domain/displayText';
import type { StoryGraph } from '../domain/parseGraph';
import { STORY_LINK_KINDS } from '../domain/schema';
import { linkTone } from '../theme/palette';
import { toCyId } from './cyId';
import { turnUpright } from './upright';

const isStory = (kind: string) => (STORY_LINK_KINDS as readonly string[]).includes(kind);

/**
 * Maps a graph to Cytoscape element definitions, once per graph. Ids stay the domain ids (behind a
 * marker only where a plain object would misread them, see cyId.ts), so filters and selection can
 * address elements directly; visibility is applied later as classes.
 * `upright` turns the graph's own drawing for an upright screen (see upright.ts). Without `boxes` no
 * group box is made (see useGraphElements).
 */
export function toElements(graph: StoryGraph, upright = false, boxes = true): ElementDefinition[] {
  const columns = Math.ceil(Math.sqrt(graph.nodes.length));
  const plan = chartPlan(graph);
  // The actor's name is the second line under a character's name, as on a printed cast chart.
  const withCast = (id: string, script: 'label' | 'labelKo') => {
    const node = graph.nodeById.get(id);
    const name = canvasName(node ? (script === 'labelKo' ? (node.labelKo ?? node.label) : node.label) : id);
    const cast = (plan.castOf.get(id) ?? []).map((actorId) => {
      const actor = graph.nodeById.get(actorId);
      return actor ? canvasName(script === 'labelKo' ? (actor.labelKo ?? actor.label) : actor.label) : '';
    });
    return cast.length > 0 ? `${name}\n${cast.filter(Boolean).join(' · ')}` : name;
  };
  const groups: ElementDefinition[] = (boxes ? plan.groups : []).map((group) => ({
    group: 'nodes',
    data: { id: group.id, label: shortName(group.label), labelKo: shortName(group.labelKo), kind: 'group' },
    classes: 'is-group',
    selectable: false,
  }));
  const nodes: ElementDefinition[] = graph.nodes.map((node, i) => ({
    group: 'nodes',
    // A grid start keeps nodes apart until the layout runs; nodes stacked at (0,0) make Cytoscape
    // warn about edges it cannot draw when it measures the graph.
    position: (node.position && upright ? turnUpright(node.position) : node.position) ?? {
      x: (i % columns) * 80,
      y: Math.floor(i / columns) * 80,
    },
    data: {
      id: toCyId(node.id),
      label: withCast(node.id, 'label'),
      labelKo: withCast(node.id, 'labelKo'),
      kind: node.kind,
      ...(boxes && plan.groupOf.has(node.id) ? { parent: plan.groupOf.get(node.id) } : {}),
    },
    classes: `kind-${node.kind} tier-${plan.tierOf.get(node.id) ?? 3}`,
  }));
  const links: ElementDefinition[] = graph.links.map((link) => ({
    group: 'edges',
    data: {
      id: toCyId(link.id),
      source: toCyId(link.source),
      target: toCyId(link.target),
      kind: link.kind,
      type: link.type ?? '',
      caption: link.label ?? link.type ?? '',
      captionKo: link.labelKo ?? link.label ?? link.type ?? '',
    },
    classes: [
      `kind-${link.kind}`,
      isStory(link.kind) ? 'is-story' : 'is-structural',
      isStory(link.kind) ? `tone-${linkTone(link.kind, link.type)}` : '',
      link.directed ? 'is-directed' : '',
    ]
      .filter(Boolean)
      .join(' '),
  }));
  return [...groups, ...nodes, ...links];
}
