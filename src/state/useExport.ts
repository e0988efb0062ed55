import { useCallback, useState } from 'react';

import type { GraphApi } from '../cytoscape/GraphCanvas';
import { exportFileName } from '../domain/exportName';
import type { StoryGraph } from '../domain/parseGraph';

export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

/** Runs a PNG export, saves it under a name that says what it shows, and reports the outcome. */
export function useExport(api: GraphApi | null, graph: StoryGraph, season: string | null, background: string) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = useCallback(async () => {
    if (!api) return;
    setBusy(true);
    setNotice({ tone: 'info', text: 'Exporting PNG…' });
    try {
      const seasonNode = graph.seasons.find((s) => s.id === season) ?? null;
      const fileName = exportFileName(graph.meta.slug, seasonNode, 'png');
      const result = await api.exportPng(background);
      saveBlob(result.blob, fileName);
      setNotice({ tone: 'info', text: `Saved ${fileName} (${result.width} × ${result.height} px)` });
    } catch (error) {
      setNotice({ tone: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }, [api, graph, season, background]);
  return { busy, notice, run: () => void run() };
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
