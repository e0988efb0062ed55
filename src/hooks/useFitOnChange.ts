import { useEffect, useRef } from 'react';

/**
 * Calls `fit` when `key` changes after the first render (and once `fit` is there): entering, changing
 * or leaving focus mode frames what is now on the chart instead of leaving it off-screen.
 */
export function useFitOnChange(key: string | null, fit: (() => void) | null): void {
  const framed = useRef(key);
  useEffect(
    function frameOnChange() {
      if (framed.current === key || !fit) return;
      framed.current = key;
      fit();
    },
    [key, fit],
  );
}
