import './registerExtensions';

import type { Core, ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';

import type { Visibility } from '../domain/filters';
import type { ThemeName } from '../theme/palette';
import { applySelection, applyVisibility } from './applyClasses';
import { bindEvents, type CanvasHandlers } from './bindEvents';
import { exportPng, type PngExport } from './exportImage';
import { LAYOUT_OPTIONS } from './layoutOptions';
import { GRAPH_STYLESHEETS } from './stylesheet';

/** What the rest of the app may ask of the canvas, without ever touching Cytoscape itself. */
export interface GraphApi {
  fit: () => void;
  relayout: () => void;
  exportPng: (background: string) => Promise<PngExport>;
}

interface Props extends CanvasHandlers {
  elements: ElementDefinition[];
  visibility: Visibility;
  selectedId: string | null;
  theme: ThemeName;
  onReady: (api: GraphApi | null) => void;
}

const FILL = { width: '100%', height: '100%' };

declare global {
  interface Window {
    __cy?: Core;
  }
}

export function GraphCanvas({ elements, visibility, selectedId, theme, onReady, onSelect }: Props) {
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
      onReady({
        fit: () => cy.fit(cy.elements(':visible'), 30),
        relayout: () => {
          cy.elements(':visible').layout(LAYOUT_OPTIONS).run();
        },
        exportPng: (background) => exportPng(cy, background),
      });
      return () => {
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

  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={GRAPH_STYLESHEETS[theme]}
      layout={LAYOUT_OPTIONS}
      cy={handleCy}
      style={FILL}
      autounselectify
      boxSelectionEnabled={false}
      className="graph-canvas"
    />
  );
}
