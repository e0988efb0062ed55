import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, live (the layout switches when a phone or tablet rotates). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** The one place the breakpoints live in script; components/styles/ (phone.css, sheet.css) use the same widths. */
export const MEDIA = {
  /** The season filter and the export button fit in the bar. */
  wide: '(min-width: 1280px)',
  /** The bar has room for its long words ("I've watched up to", "Season 2 (announced)"). */
  roomyBar: '(min-width: 1600px)',
  /** Tablets and small windows: the watched-up-to choices take their short forms ("S1E12"). */
  narrowBar: '(max-width: 1023px)',
  /** Phones: the bar's words take their short forms. */
  phone: '(max-width: 600px)',
  /** Phones, and tablets held upright: the side panel becomes a bottom sheet. */
  sheet: '(max-width: 600px), (max-width: 1024px) and (orientation: portrait)',
  /** A finger, not a mouse: nodes stay put and taps get a margin around them. */
  touch: '(pointer: coarse)',
} as const;

/** How much room the bar has, which decides its words and what sits behind the menu. */
export interface BarRoom {
  /** ≤ 600 px: the short forms ("Watched", "S1E5", "Everything"). */
  phone: boolean;
  /** ≥ 1280 px: the season choice and the export button sit in the bar. */
  wide: boolean;
  /** ≥ 1600 px: every long word fits. */
  roomy: boolean;
  /** < 1024 px: the watched-up-to choices are short too. */
  narrow: boolean;
}

export function useBarRoom(): BarRoom {
  return {
    phone: useMediaQuery(MEDIA.phone),
    wide: useMediaQuery(MEDIA.wide),
    roomy: useMediaQuery(MEDIA.roomyBar),
    narrow: useMediaQuery(MEDIA.narrowBar),
  };
}
