import { useEffect, useRef } from 'react';

/** Each handler returns false when the key meant nothing right now, so the browser keeps it. */
export interface ShortcutHandlers {
  onArrow: (direction: 'left' | 'right' | 'up' | 'down') => boolean;
  onEnter: () => boolean;
  onEscape: () => boolean;
  onDepth: (depth: 1 | 2 | 3) => boolean;
  onSearch: () => boolean;
}

const ARROWS = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const;

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

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
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const h = ref.current;
      if (e.key in ARROWS) h.onArrow(ARROWS[e.key as keyof typeof ARROWS]);
      else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement))
        h.onEnter();
      else if (e.key === 'Escape') h.onEscape();
      else if (e.key === '1' || e.key === '2' || e.key === '3') h.onDepth(Number(e.key) as 1 | 2 | 3);
      else if (e.key === '/') h.onSearch();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
