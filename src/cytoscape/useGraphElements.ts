import type { ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';

import type { StoryGraph } from '../domain/parseGraph';
import { type LayoutPlan, planLayout } from './layoutPlan';
import { ensureFcose } from './registerExtensions';
import type { Point } from './spread';
import { toElements } from './toElements';
import { turnsUpright } from './upright';
import { startWorkerLayout } from './workerLayout';

/**
 * The graph's Cytoscape elements, once per graph. For a large graph the worker layout starts as soon
 * as the graph is parsed and the elements arrive with their final positions (`null` until then), so
 * the canvas is built and drawn once instead of twice, and the first draw does not compete with the
 * worker for the CPU. If the worker fails, the nodes start on a grid. A small graph without positions
 * waits for the layout code to load. `plan` says how it is laid out. On an `upright` screen a wide
 * drawing of the graph's own is turned (see upright.ts).
 */
export function useGraphElements(
  graph: StoryGraph,
  upright: boolean,
): { elements: ElementDefinition[] | null; plan: LayoutPlan } {
  const plan = useMemo(() => planLayout(graph), [graph]);
  const turned = useMemo(() => upright && turnsUpright(graph), [graph, upright]);
  const [positions, setPositions] = useState<{ graph: StoryGraph; at: Record<string, Point> | null } | null>(null);
  useEffect(
    function layOutBeforeMounting() {
      if (plan !== 'worker') return;
      const { result, cancel } = startWorkerLayout(
        graph.nodes.map((n) => n.id),
        graph.links.map((l) => [l.source, l.target]),
      );
      result.then(
        (done) => setPositions({ graph, at: done.positions }),
        () => setPositions({ graph, at: null }),
      );
      return cancel;
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
  const ready = plan === 'preset' || (plan === 'worker' ? positions?.graph === graph : fcoseFor === graph);
  const at = positions?.graph === graph ? positions.at : null;
  const elements = useMemo(
    () => (ready ? toElements(graph, at ?? undefined, turned) : null),
    [graph, ready, at, turned],
  );
  return { elements, plan };
}
