import { LANGUAGES } from './language';
import type { Problem } from './problems';
import type { GraphFile, GraphLink, GraphNode, LinkKind, NodeKind, Season } from './schema';
import { parseTemplate } from './sentenceTemplate';
import { checkStatusTimeline } from './statusTimeline';

/** Which node kinds each link kind may join, as [source kinds, target kinds]. */
const ENDPOINT_KINDS: Record<LinkKind, readonly [readonly NodeKind[], readonly NodeKind[]]> = {
  relationship: [['character'], ['character']],
  trauma: [['character'], ['character']],
  loyalty: [['character'], ['character']],
  plays: [['actor'], ['character']],
  'appears-in': [['character', 'actor', 'location'], ['season']],
  'tied-to': [['character'], ['location']],
};

interface Fact {
  seasons: readonly string[];
  sources: readonly string[];
  certainty: string;
  reason?: string | undefined;
  episode?: number | undefined;
}

/**
 * Referential and provenance checks that a schema alone cannot express. Pure: returns every problem,
 * with its JSON path, and an empty array for a consistent graph. A graph converted from another format
 * (`endKinds: false`) may join any kinds of node: its kinds are the user's, not this story's rules.
 */
export function checkIntegrity(file: GraphFile, { endKinds = true }: { endKinds?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const sourceIds = uniqueIds(file.sources, 'sources', report);
  const nodesById = new Map<string, GraphNode>();
  file.nodes.forEach((node, i) => {
    if (nodesById.has(node.id)) report(`nodes[${i}].id`, `duplicate node id "${node.id}"`);
    else nodesById.set(node.id, node);
  });
  uniqueIds(file.links, 'links', report);
  file.links.forEach((link, i) => {
    if (nodesById.has(link.id)) report(`links[${i}].id`, `"${link.id}" is already a node id`);
  });

  const seasons = new Map(file.nodes.flatMap((n) => (n.kind === 'season' ? [[n.id, n] as const] : [])));
  const checkFact = (fact: Fact, path: string) => {
    fact.seasons.forEach((s, j) => {
      if (!seasons.has(s)) report(`${path}.seasons[${j}]`, `unknown season "${s}"`);
    });
    fact.sources.forEach((s, j) => {
      if (!sourceIds.has(s)) report(`${path}.sources[${j}]`, `unknown source "${s}"`);
    });
    if (fact.certainty === 'inferred' && !fact.reason) {
      report(`${path}.reason`, 'an inferred fact needs a one-line reason');
    }
    const unreleased = fact.seasons.find((s) => seasons.get(s)?.released === false);
    if (fact.certainty === 'on-screen' && unreleased) {
      report(`${path}.certainty`, `season "${unreleased}" has not aired, so nothing in it is on-screen`);
    }
    const first = fact.seasons[0] === undefined ? undefined : seasons.get(fact.seasons[0]);
    if (fact.episode !== undefined && first?.episodes !== undefined && fact.episode > first.episodes) {
      report(`${path}.episode`, `episode ${fact.episode} is past the last episode (${first.episodes})`);
    }
  };

  file.nodes.forEach((node, i) => checkNode(node, `nodes[${i}]`, { seasons, sourceIds, report, checkFact }));
  file.links.forEach((link, i) => checkLink(link, `links[${i}]`, nodesById, report, checkFact, endKinds));
  return problems;
}

type Report = (path: string, message: string) => void;

function uniqueIds(items: readonly { id: string }[], where: string, report: Report): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report(`${where}[${i}].id`, `duplicate id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}

interface NodeContext {
  seasons: ReadonlyMap<string, Season>;
  sourceIds: ReadonlySet<string>;
  report: Report;
  checkFact: (fact: Fact, path: string) => void;
}

function checkNode(node: GraphNode, path: string, ctx: NodeContext) {
  node.seasons.forEach((s, j) => {
    if (!ctx.seasons.has(s)) ctx.report(`${path}.seasons[${j}]`, `unknown season "${s}"`);
  });
  node.sources?.forEach((s, j) => {
    if (!ctx.sourceIds.has(s)) ctx.report(`${path}.sources[${j}]`, `unknown source "${s}"`);
  });
  if (node.kind === 'season' && (node.seasons.length !== 1 || node.seasons[0] !== node.id)) {
    ctx.report(`${path}.seasons`, `a season node holds in its own season only: ["${node.id}"]`);
  }
  if (node.firstEpisode !== undefined) checkFirstEpisode(node.firstEpisode, node.seasons, path, ctx);
  if (node.kind !== 'character') return;
  node.status.forEach((status, j) => ctx.checkFact(status, `${path}.status[${j}]`));
  checkStatusTimeline(node, path, ctx.seasons, ctx.report);
}

/** A first appearance lies within the aired episodes of the node's first listed season. */
function checkFirstEpisode(episode: number, seasonIds: readonly string[], path: string, ctx: NodeContext) {
  const first = ctx.seasons.get(seasonIds[0] ?? '');
  if (!first) return;
  if (first.episodes === undefined) {
    ctx.report(`${path}.firstEpisode`, `season "${first.id}" lists no episodes, so nothing appears in one of them`);
  } else if (episode > first.episodes) {
    ctx.report(`${path}.firstEpisode`, `episode ${episode} is past the last episode (${first.episodes})`);
  }
}

function checkLink(
  link: GraphLink,
  path: string,
  nodesById: ReadonlyMap<string, GraphNode>,
  report: Report,
  checkFact: (fact: Fact, path: string) => void,
  endKinds: boolean,
) {
  checkFact(link, path);
  const source = nodesById.get(link.source);
  const target = nodesById.get(link.target);
  if (!source) report(`${path}.source`, `link to missing node "${link.source}"`);
  if (!target) report(`${path}.target`, `link to missing node "${link.target}"`);
  if (link.source === link.target) report(`${path}.target`, `self-link on "${link.source}" is not allowed`);
  if (link.sentence) {
    for (const lang of LANGUAGES) {
      for (const problem of parseTemplate(link.sentence[lang], lang === 'ko').problems) {
        report(`${path}.sentence.${lang}`, problem);
      }
    }
  }
  if (!source || !target) return;
  const [sourceKinds, targetKinds] = ENDPOINT_KINDS[link.kind];
  if (endKinds && (!sourceKinds.includes(source.kind) || !targetKinds.includes(target.kind))) {
    report(`${path}.kind`, `a ${link.kind} link cannot join a ${source.kind} to a ${target.kind}`);
  }
  link.seasons.forEach((s, j) => {
    if (!source.seasons.includes(s) || !target.seasons.includes(s)) {
      report(`${path}.seasons[${j}]`, `both ends must be in season "${s}"`);
    }
  });
}
