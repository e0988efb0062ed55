import type { ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';

import { isLargeGraph } from '../domain/graphSize';
import type { StoryGraph } from '../domain/parseGraph';
import { type LayoutPlan, planLayout } from './layoutPlan';
import { ensureFcose } from './registerExtensions';
import type { Point } from './spread';
import { toElements } from './toElements';
import { turnsUpright } from './upright';
import { startWorkerLayout } from './workerLayout';

/** Starts a worker layout: the positions it gives, or `null` if it fails (the grid start stays). */
export type StartPlacement = () => { positions: Promise<Record<string, Point> | null>; cancel: () => void };

/**
 * The graph's Cytoscape elements, once per graph. A large graph without positions goes into the canvas
 * at grid start positions while `placement` lays it out in a worker; the canvas applies the positions
 * before its first frame (see useSlicedFill.ts), so the graph is built while it is laid out and drawn
 * once. A small graph without positions waits for the layout code to load. `plan` says how it is laid
 * out. On an `upright` screen a wide drawing of the graph's own is turned (see upright.ts).
 */
export function useGraphElements(
  graph: StoryGraph,
  upright: boolean,
): { elements: ElementDefinition[] | null; plan: LayoutPlan; placement: StartPlacement | null } {
  const plan = useMemo(() => planLayout(graph), [graph]);
  const turned = useMemo(() => upright && turnsUpright(graph), [graph, upright]);
  const placement = useMemo<StartPlacement | null>(
    () =>
      plan !== 'worker'
        ? null
        : () => {
            const { result, cancel } = startWorkerLayout(
              graph.nodes.map((n) => n.id),
              graph.links.map((l) => [l.source, l.target]),
            );
            // A node with a position of its own keeps it, as in the elements.
            const ownPlace = (positions: Record<string, Point>) => {
              for (const node of graph.nodes) if (node.position) delete positions[node.id];
              return positions;
            };
            return {
              positions: result.then(
                (done) => ownPlace(done.positions),
                () => null,
              ),
              cancel,
            };
          },
    [graph, plan],
  );
  // A small graph without positions is laid out by fcose on mount, whose code loads on first need.
  const [fcoseFor, setFcoseFor] = useState<StoryGraph | null>(null);
  useEffect(
    function loadLayoutBeforeMounting() {
      if (plan !== 'main-thread') return;
      let active = true;
      // If the code cannot load, mounting fails and the explorer's boundary says the chart cannot be drawn.
      const mount = () => active && setFcoseFor(graph);
      ensureFcose().then(mount, mount);
      return () => {
        active = false;
      };
    },
    [graph, plan],
  );
  const ready = plan !== 'main-thread' || fcoseFor === graph;
  // A large graph gets no group boxes: in Cytoscape every style change of a boxed member also restyles
  // its box and the box's members and links, which made building a 1,000-node graph take 0.7 s longer
  // (5,000 nodes: 2.4 s); and a layout of that size places members without regard to their group, so
  // the boxes would each span the whole drawing.
  const boxes = !isLargeGraph(graph.nodes.length, graph.links.length);
  const elements = useMemo(() => (ready ? toElements(graph, turned, boxes) : null), [graph, ready, turned, boxes]);
  return { elements, plan, placement };
}
