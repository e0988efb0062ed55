import { type ReactNode, useEffect, useRef } from 'react';

import { useStrings } from '../i18n/StringsContext';

export type SheetStop = 'peek' | 'half' | 'full';
const STOPS: readonly SheetStop[] = ['peek', 'half', 'full'];
/** A press that moves less than this is a tap on the handle, not a drag. */
const TAP_SLOP = 8;

interface Props {
  /** Off on desktops and landscape tablets: the panel is a plain side column. */
  enabled: boolean;
  stop: SheetStop;
  onStop: (stop: SheetStop) => void;
  /** When it changes (another character chosen), the sheet scrolls back to its top. */
  scrollKey: unknown;
  children: ReactNode;
}

/**
 * The side panel, or on phones and upright tablets a bottom sheet with three heights (peek, half, full)
 * like a map app's. Pointer events rather than a drawer library: the sheet is not modal (the chart stays
 * usable above it), and a drag to the nearest of three heights is a few lines.
 */
export function BottomSheet({ enabled, stop, onStop, scrollKey, children }: Props) {
  const strings = useStrings();
  const sheetRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ y: number; height: number; moved: boolean } | null>(null);
  // A drag ends in a click too; only a tap (or Enter, Space) switches the height.
  const dragged = useRef(false);

  useEffect(() => {
    sheetRef.current?.scrollTo?.({ top: 0 });
  }, [scrollKey]);

  if (!enabled) return <div className="side-column">{children}</div>;

  const step = (by: number) => onStop(STOPS[Math.min(2, Math.max(0, STOPS.indexOf(stop) + by))] ?? stop);
  const settle = (height: number) => {
    // The stop whose height is nearest to where the finger let go.
    const heights = STOPS.map((s) => stopHeight(s));
    const nearest = heights.reduce(
      (best, h, i) => (Math.abs(h - height) < Math.abs(heights[best]! - height) ? i : best),
      0,
    );
    onStop(STOPS[nearest] ?? stop);
  };

  return (
    <div className="side-column sheet" data-stop={stop} ref={sheetRef} aria-label={strings.sheet} role="region">
      <button
        type="button"
        className="sheet-handle"
        aria-label={`${strings.sheetHandle} (${strings.sheetStops[stop]})`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drag.current = { y: e.clientY, height: sheetRef.current?.offsetHeight ?? 0, moved: false };
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          const sheet = sheetRef.current;
          if (!d || !sheet) return;
          if (Math.abs(e.clientY - d.y) > TAP_SLOP) d.moved = true;
          if (d.moved) sheet.style.height = `${Math.max(stopHeight('peek'), d.height + d.y - e.clientY)}px`;
        }}
        onPointerUp={(e) => {
          const d = drag.current;
          drag.current = null;
          if (!d?.moved) return;
          dragged.current = true;
          sheetRef.current?.style.removeProperty('height');
          settle(d.height + d.y - e.clientY);
        }}
        onPointerCancel={() => {
          drag.current = null;
          sheetRef.current?.style.removeProperty('height');
        }}
        onClick={() => {
          if (dragged.current) {
            dragged.current = false;
            return;
          }
          onStop(stop === 'peek' ? 'half' : stop === 'half' ? 'full' : 'peek');
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowUp') step(1);
          else if (e.key === 'ArrowDown') step(-1);
          else return;
          e.preventDefault();
        }}
      >
        <span className="sheet-grabber" aria-hidden="true" />
      </button>
      {children}
    </div>
  );
}

/** Heights of the stops in CSS pixels, as components/styles/sheet.css draws them. */
function stopHeight(stop: SheetStop): number {
  const root = document.documentElement;
  const view = root.clientHeight;
  const bar = parseFloat(getComputedStyle(root).getPropertyValue('--bar-height')) || 56;
  if (stop === 'peek') return parseFloat(getComputedStyle(root).getPropertyValue('--sheet-peek')) || 96;
  return stop === 'half' ? view / 2 : view - bar;
}
