import { useSyncExternalStore } from 'react';

/**
 * Test builds only (`VITE_CRASH_PANELS=1`, set in `.env.e2e`): browser tests call
 * `window.__panelCrash.arm('legend')` to make a panel throw while rendering, and `disarm` to let it
 * recover, so the error boundaries are tested in a real browser. Production builds drop this module.
 */
const armed = new Set<string>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

declare global {
  interface Window {
    __panelCrash?: { arm: (panel: string) => void; disarm: (panel: string) => void };
  }
}

function subscribe(listener: () => void): () => void {
  window.__panelCrash ??= {
    arm: (panel) => {
      armed.add(panel);
      notify();
    },
    disarm: (panel) => {
      armed.delete(panel);
      notify();
    },
  };
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function CrashProbe({ panel }: { panel: string }) {
  const crash = useSyncExternalStore(subscribe, () => armed.has(panel));
  if (crash) throw new Error(`Injected crash in the ${panel} panel`);
  return null;
}
