import './registerExtensions';

import type { Core, ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';

import type { GraphApi } from '../contracts/graphApi';
import type { Visibility } from '../domain/filters';
import type { ThemeName } from '../theme/palette';
import { applyHighlights, applySelection, applyVisibility, type Highlights } from './applyClasses';
import { bindEvents, type CanvasHandlers } from './bindEvents';
import { naturalSize, nodesInView } from './exportImage';
import type { LayoutPlan } from './layoutPlan';
import { neighbourInDirection } from './navigate';
import { initialLayoutFor, MARKS, runLayout } from './runLayout';
import { type NameScript, stylesheetFor } from './stylesheet';

interface Props extends CanvasHandlers {
  /** `null` while a large graph is laid out before its canvas is built (see useGraphElements). */
  elements: ElementDefinition[] | null;
  visibility: Visibility;
  selectedId: string | null;
  theme: ThemeName;
  names: NameScript;
  highlights: Highlights;
  plan: LayoutPlan;
  /** Draw lighter (haystack edges, names only when zoomed in) for large graphs. */
  large: boolean;
  /** The progress line while a large graph is laid out, e.g. "Laying out 5,003 nodes…". */
  layingOutText: (nodes: number) => string;
  onReady: (api: GraphApi | null) => void;
}

const FILL = { width: '100%', height: '100%' };

declare global {
  interface Window {
    __cy?: Core;
  }
}

export function GraphCanvas(props: Props) {
  if (props.elements === null) return <LayoutProgress text={props.layingOutText(props.visibility.nodes.size)} />;
  return <MountedCanvas {...props} elements={props.elements} />;
}

function LayoutProgress({ text }: { text: string }) {
  return (
    <p className="layout-progress" role="status">
      {text}
    </p>
  );
}

function MountedCanvas(props: Props & { elements: ElementDefinition[] }) {
  const { elements, visibility, selectedId, theme, names, highlights, plan, large, onReady, onSelect } = props;
  const [layingOut, setLayingOut] = useState(false);
  const cyRef = useRef<Core | null>(null);
  const handlersRef = useRef<CanvasHandlers>({ onSelect });
  useEffect(() => {
    handlersRef.current = { onSelect };
  });

  // react-cytoscapejs calls this after every render; only a new instance (StrictMode remount) counts.
  const handleCy = useCallback((cy: Core) => {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    if (import.meta.env.VITE_EXPOSE_CY === '1') window.__cy = cy;
  }, []);

  useEffect(
    function bindCytoscapeEvents() {
      const cy = cyRef.current;
      if (!cy) return;
      const unbind = bindEvents(cy, handlersRef);
      const observer = new ResizeObserver(() => cy.resize());
      observer.observe(cy.container() ?? document.body);
      let active = true;
      const layOut = async () => {
        setLayingOut(true);
        try {
          await runLayout(cy);
        } finally {
          if (active) setLayingOut(false);
          performance.mark(MARKS.laidOut);
        }
      };
      cy.one('render', () => performance.mark(MARKS.drawn));
      // Every plan has its positions by now: its own, fcose run on mount, or the worker's before mounting.
      performance.mark(MARKS.laidOut);
      onReady({
        fit: () => cy.fit(cy.elements(':visible'), 30),
        relayout: () => void layOut(),
        measure: (full, labels) => naturalSize(cy, full, labels),
        inView: () => nodesInView(cy),
        // Composition and encoding load with the first export, not with the page.
        exportImage: async (job, onStage) => (await import('./exportJob')).runExport(cy, job, onStage),
        center: (id) => {
          const node = cy.getElementById(id);
          if (node.empty()) return;
          cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
        },
        neighbour: (id, direction) => neighbourInDirection(cy, id, direction),
      });
      return () => {
        active = false;
        unbind();
        observer.disconnect();
        onReady(null);
      };
    },
    [onReady],
  );

  useEffect(
    function showFilteredElements() {
      if (cyRef.current) applyVisibility(cyRef.current, visibility);
    },
    [visibility],
  );

  useEffect(
    function showSelection() {
      if (cyRef.current) applySelection(cyRef.current, selectedId);
    },
    [selectedId],
  );

  useEffect(
    function showHighlights() {
      if (cyRef.current) applyHighlights(cyRef.current, highlights);
    },
    [highlights],
  );

  return (
    <>
      <CytoscapeComponent
        elements={elements}
        stylesheet={stylesheetFor(theme, names, large)}
        layout={initialLayoutFor(plan)}
        cy={handleCy}
        style={FILL}
        autounselectify
        boxSelectionEnabled={false}
        className="graph-canvas"
        // Large graphs: one device pixel per CSS pixel (a 2× screen would quadruple the fill work),
        // and while panning or zooming a snapshot of the nodes instead of a full redraw of every edge.
        pixelRatio={large ? 1 : 'auto'}
        hideEdgesOnViewport={large}
        textureOnViewport={large}
      />
      {layingOut && <LayoutProgress text={props.layingOutText(visibility.nodes.size)} />}
    </>
  );
}
