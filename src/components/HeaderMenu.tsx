import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

import { useStrings } from '../i18n/StringsContext';

interface Props {
  children: ReactNode;
}

/**
 * The settings and less frequent actions behind one button, so the bar stays one row. A disclosure, not
 * an ARIA menu: it holds form controls. It stays open while they are changed, and closes on Escape, on a
 * press outside it, or from its button.
 */
export function HeaderMenu({ children }: Props) {
  const strings = useStrings();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
      event.stopPropagation();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [open]);

  return (
    <div className="header-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="header-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        title={strings.menuHint}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="menu-icon">
          ☰
        </span>
        <span className="menu-label">{strings.menu}</span>
      </button>
      <div id={panelId} className="header-menu-panel" role="group" aria-label={strings.menu} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
