import { useEffect, useState } from 'react';

/**
 * True once web fonts are loaded. Cytoscape measures each label once and caches it, so a graph created
 * before the fonts arrive keeps clipped labels, on screen and in exports.
 */
export function useFontsReady(): boolean {
  const [ready, setReady] = useState(() => document.fonts.status === 'loaded');
  useEffect(() => {
    if (ready) return;
    let active = true;
    void document.fonts.ready.then(() => {
      if (active) setReady(true);
    });
    return () => {
      active = false;
    };
  }, [ready]);
  return ready;
}
