import type { StoryGraph } from './parseGraph';
import { STORY_LINK_KINDS } from './schema';

/** A box of characters on the chart (family, class, institution), from the characters' `group`. */
export interface ChartGroup {
  id: string;
  label: string;
  labelKo: string;
  members: string[];
}

/** How prominent a character is on the chart: 1 = a lead, whose name is the last to go when zoomed out. */
export const TIERS = [1, 2, 3] as const;
export type Tier = (typeof TIERS)[number];

export interface ChartPlan {
  groups: ChartGroup[];
  /** The group box each node sits in: characters in their own, actors beside the character they play. */
  groupOf: ReadonlyMap<string, string>;
  /** Who plays each character, for the second line under the name. */
  castOf: ReadonlyMap<string, string[]>;
  tierOf: ReadonlyMap<string, Tier>;
}

const isStory = (kind: string) => (STORY_LINK_KINDS as readonly string[]).includes(kind);

/** Ids are made from the group's name, so the same group keeps its id in every file that names it. */
export const groupId = (name: string) => `group:${name}`;

/** Leads are the characters with the most story links; about one in six, and at least the top two. */
function tiers(graph: StoryGraph): Map<string, Tier> {
  const degree = new Map<string, number>();
  for (const link of graph.links) {
    if (!isStory(link.kind)) continue;
    for (const end of [link.source, link.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  const characters = graph.nodes.filter((n) => n.kind === 'character');
  const ranked = characters.map((n) => degree.get(n.id) ?? 0).sort((a, b) => b - a);
  const leadLine = ranked[Math.max(1, Math.floor(characters.length / 6)) - 1] ?? Infinity;
  const tierOf = new Map<string, Tier>();
  for (const node of characters) {
    const d = degree.get(node.id) ?? 0;
    tierOf.set(node.id, d >= leadLine && d > 0 ? 1 : d >= 3 ? 2 : 3);
  }
  return tierOf;
}

/** Groups, cast and prominence of a graph's characters, computed once per graph. */
export function chartPlan(graph: StoryGraph): ChartPlan {
  const groups = new Map<string, ChartGroup>();
  const groupOf = new Map<string, string>();
  for (const node of graph.nodes) {
    if (node.kind !== 'character' || !node.group) continue;
    const id = groupId(node.group);
    const group = groups.get(id) ?? {
      id,
      label: node.group,
      labelKo: node.groupKo ?? node.group,
      members: [] as string[],
    };
    group.members.push(node.id);
    groups.set(id, group);
    groupOf.set(node.id, id);
  }
  const castOf = new Map<string, string[]>();
  for (const link of graph.links) {
    if (link.kind !== 'plays') continue;
    const cast = castOf.get(link.target) ?? [];
    if (!cast.includes(link.source)) cast.push(link.source);
    castOf.set(link.target, cast);
    const group = groupOf.get(link.target);
    if (group !== undefined && !groupOf.has(link.source)) groupOf.set(link.source, group);
  }
  return { groups: [...groups.values()], groupOf, castOf, tierOf: tiers(graph) };
}
