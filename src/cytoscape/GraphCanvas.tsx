import type { Core, ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';

import type { GraphApi } from '../contracts/graphApi';
import type { Visibility } from '../domain/filters';
import type { NameScript } from '../domain/language';
import type { ThemeName } from '../theme/palette';
import { applyGroups, applyHighlights, applySelection, applyVisibility, type Highlights } from './applyClasses';
import { bindEvents, type CanvasHandlers } from './bindEvents';
import { declutterCaptions } from './captions';
import { elementOf } from './cyId';
import { naturalSize, nodesInView } from './exportImage';
import type { LayoutPlan } from './layoutPlan';
import { hideSmallNames, MIN_NAME_PX, NAME_SIZES } from './nameSizes';
import { neighbourInDirection } from './navigate';
import { propsDiffer } from './propsDiff';
import { ensureFcose } from './registerExtensions';
import { initialLayoutFor, MARKS, runLayout } from './runLayout';
import { startView } from './startView';
import { stylesheetFor } from './stylesheet';
import { clampZoom, fitAll, followFinger, panUnderFinger, readableStartView } from './touchView';
import type { StartPlacement } from './useGraphElements';
import { NO_ELEMENTS, useSlicedFill } from './useSlicedFill';
import { easeTo, fitZoom, framed } from './viewFit';

interface Props extends CanvasHandlers {
  /** `null` until the graph can be built (a small graph's layout code is loading, see useGraphElements). */
  elements: ElementDefinition[] | null;
  visibility: Visibility;
  selectedId: string | null;
  theme: ThemeName;
  names: NameScript;
  highlights: Highlights;
  /** Characters boxed by group. */
  groups: boolean;
  plan: LayoutPlan;
  /** Starts the worker layout whose positions the first frame shows (see useGraphElements). */
  placement: StartPlacement | null;
  /** Draw lighter (haystack edges, names only when zoomed in) for large graphs. */
  large: boolean;
  /** The progress line while a large graph is laid out, e.g. "Laying out 5,003 nodes…". */
  layingOutText: (nodes: number) => string;
  /** The progress line while a large graph's elements go in, e.g. "Drawing 5,003 nodes…". */
  drawingText: (nodes: number) => string;
  onReady: (api: GraphApi | null) => void;
  /** A finger, not a mouse: one-finger drags pan, nodes cannot be dragged away. */
  touch: boolean;
  /** Start on the lead's circle at a readable size, not on the whole cast (phones). */
  phoneStart: boolean;
}

const FILL = { width: '100%', height: '100%' };

declare global {
  interface Window {
    __cy?: Core;
    /** Registers fcose on the page's cytoscape, for the benchmark's main-thread baseline (e2e builds only). */
    __ensureFcose?: () => Promise<void>;
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
  const { elements, visibility, selectedId, theme, names, highlights, groups, plan, large, touch, onReady, onSelect } =
    props;
  const { placement } = props;
  // Read once, when the canvas is first shown: turning the phone later keeps the user's view.
  const phoneStart = useRef(props.phoneStart);
  const [layingOut, setLayingOut] = useState(false);
  const cyRef = useRef<Core | null>(null);
  const handlersRef = useRef<CanvasHandlers>({ onSelect });
  useEffect(() => {
    handlersRef.current = { onSelect };
  });

  // react-cytoscapejs calls this after every render, with a new instance after a StrictMode remount.
  const handleCy = useCallback((cy: Core) => {
    cyRef.current = cy;
  }, []);
  // A large graph's elements go in after mount, in slices; what reads them waits for all of them.
  const fill = useSlicedFill(cyRef, elements, large, visibility, placement);
  const filled = fill === 'filled';

  useEffect(
    function bindCytoscapeEvents() {
      const cy = cyRef.current;
      if (!cy || !filled) return;
      if (import.meta.env.VITE_EXPOSE_CY === '1') [window.__cy, window.__ensureFcose] = [cy, ensureFcose];
      const unbind = bindEvents(cy, handlersRef);
      const unfollow = followFinger(cy);
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
      // Names under 10 px are hidden by prominence as the view zooms out (see nameSizes.ts).
      const onZoom = () => hideSmallNames(cy);
      cy.on('zoom', onZoom);
      hideSmallNames(cy);
      // Every plan has its positions by now: its own, fcose run on mount, or the worker's before mounting.
      performance.mark(MARKS.laidOut);
      onReady({
        fit: () => fitAll(cy),
        relayout: () => void layOut(),
        measure: (full, labels) => naturalSize(cy, full, labels),
        inView: () => nodesInView(cy),
        // Composition and encoding load with the first export, not with the page.
        exportImage: async (job, onStage) => (await import('./exportJob')).runExport(cy, job, onStage),
        center: (id) => {
          const node = elementOf(cy, id);
          if (node.empty()) return;
          // The chart may just have shrunk (a sheet opened below it): measure before aiming at the middle.
          cy.resize();
          cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
        },
        neighbour: (id, direction) => neighbourInDirection(cy, id, direction),
      });
      return () => {
        active = false;
        cy.off('zoom', onZoom);
        unbind();
        unfollow();
        observer.disconnect();
        onReady(null);
      };
    },
    [onReady, filled],
  );

  // What the camera frames follows what is shown and emphasised; the first frame is the layout's own fit.
  const framedOnce = useRef(false);
  const selectedRef = useRef(selectedId);
  const firstView = useRef({ labelField: names === 'hangul' ? ('labelKo' as const) : ('label' as const), large });
  const reframe = useCallback((cy: Core) => {
    // The first frame is immediate and shows what the filters left, computed from positions (see
    // startView.ts); the zoom limits count from it. A shared link's selection or path is then eased to.
    const first = !framedOnce.current;
    framedOnce.current = true;
    if (first) {
      startView(cy, firstView.current.labelField, firstView.current.large);
      clampZoom(cy);
    }
    const { eles, maxZoom, everything } = framed(cy, selectedRef.current);
    // On a phone or an upright tablet the whole chart is too small to read a name, and elsewhere a chart
    // fitted whole may draw even the leads' names under the smallest size (large graphs, drawn as dots,
    // excepted): the readable start view instead (Fit still shows everything).
    const nameless =
      everything && !firstView.current.large && (first ? cy.zoom() : fitZoom(cy, eles())) * NAME_SIZES[1] < MIN_NAME_PX;
    if (everything && (phoneStart.current || nameless)) readableStartView(cy);
    else if (!(everything && first)) easeTo(cy, eles(), maxZoom);
  }, []);

  useEffect(
    function panWithOneFinger() {
      if (cyRef.current && filled) panUnderFinger(cyRef.current, touch);
    },
    [touch, filled],
  );

  // Before the first frame: whether group titles are drawn decides which names the start view can show.
  useEffect(
    function showGroups() {
      if (cyRef.current && filled) applyGroups(cyRef.current, groups);
    },
    [groups, filled],
  );

  useEffect(
    function showFilteredElements() {
      const cy = cyRef.current;
      if (!cy || !filled) return;
      applyVisibility(cy, visibility);
      applySelection(cy, selectedRef.current);
      reframe(cy);
      declutterCaptions(cy);
    },
    [visibility, reframe, filled],
  );

  useEffect(
    function showSelection() {
      const cy = cyRef.current;
      if (!cy || !filled) return;
      const changed = selectedRef.current !== selectedId;
      selectedRef.current = selectedId;
      applySelection(cy, selectedId);
      declutterCaptions(cy);
      if (changed) reframe(cy);
    },
    [selectedId, reframe, filled],
  );

  useEffect(
    function showHighlights() {
      const cy = cyRef.current;
      if (!cy || !filled) return;
      applyHighlights(cy, highlights);
      declutterCaptions(cy);
      if (highlights.path) reframe(cy);
    },
    [highlights, reframe, filled],
  );

  return (
    <>
      <CytoscapeComponent
        elements={large ? NO_ELEMENTS : elements}
        stylesheet={stylesheetFor(theme, names, large)}
        layout={initialLayoutFor(plan)}
        diff={propsDiffer}
        cy={handleCy}
        style={FILL}
        autounselectify
        autoungrabify={touch}
        boxSelectionEnabled={false}
        className="graph-canvas"
        // Large graphs: one device pixel per CSS pixel (a 2× screen would quadruple the fill work),
        // and while panning or zooming a snapshot of the nodes instead of a full redraw of every edge.
        pixelRatio={large ? 1 : 'auto'}
        hideEdgesOnViewport={large}
        textureOnViewport={large}
      />
      {fill === 'adding' && <LayoutProgress text={props.drawingText(visibility.nodes.size)} />}
      {(layingOut || fill === 'placing') && <LayoutProgress text={props.layingOutText(visibility.nodes.size)} />}
    </>
  );
}
