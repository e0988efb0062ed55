import { useEffect, useRef } from 'react';

import type { Direction } from '../contracts/graphApi';
import { FOCUS_DEPTHS, type FocusDepth } from '../domain/filters';

/** Each handler returns false when the key meant nothing right now, so the browser keeps it. */
export interface ShortcutHandlers {
  onArrow: (direction: Direction) => boolean;
  onEnter: () => boolean;
  onEscape: () => boolean;
  onDepth: (depth: FocusDepth) => boolean;
  onSearch: () => boolean;
}

/** The parts of a KeyboardEvent the shortcuts read (a plain object in unit tests). */
export interface ShortcutKey {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
  preventDefault: () => void;
}

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const DEPTH_KEYS = new Map(FOCUS_DEPTHS.map((depth) => [String(depth), depth]));

/** Fields and editable text keep every key; read by shape so the rule also holds outside a DOM. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as { tagName?: unknown; isContentEditable?: unknown } | null;
  return (
    el?.isContentEditable === true || (typeof el?.tagName === 'string' && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName))
  );
}

function dispatch(e: ShortcutKey, h: ShortcutHandlers): boolean {
  const arrow = Object.hasOwn(ARROWS, e.key) ? ARROWS[e.key] : undefined;
  if (arrow) return h.onArrow(arrow);
  if (e.key === 'Enter') return h.onEnter();
  if (e.key === 'Escape') return h.onEscape();
  const depth = DEPTH_KEYS.get(e.key);
  if (depth !== undefined) return h.onDepth(depth);
  if (e.key === '/') return h.onSearch();
  return false;
}

/**
 * Runs the shortcut for one key press and takes the key from the browser only when a handler used it:
 * an arrow that moved nothing still scrolls, an Enter that opened nothing still presses its button.
 */
export function handleShortcutKey(e: ShortcutKey, handlers: ShortcutHandlers): boolean {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return false;
  const handled = dispatch(e, handlers);
  if (handled) e.preventDefault();
  return handled;
}

/**
 * Page-wide keys, ignored while the user types in a field: arrows travel along links, Enter opens the
 * card, Esc leaves focus or clears the selection, 1–3 set the focus depth, "/" jumps to search.
 */
export function useKeyboardShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(function listenForShortcuts() {
    const onKey = (e: KeyboardEvent) => void handleShortcutKey(e, ref.current);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
