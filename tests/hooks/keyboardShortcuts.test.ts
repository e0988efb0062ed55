import { describe, expect, it, vi } from 'vitest';

import { handleShortcutKey, type ShortcutHandlers, type ShortcutKey } from '../../src/hooks/useKeyboardShortcuts';

const press = (key: string, target: ShortcutKey['target'] = null) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  defaultPrevented: false,
  target,
  preventDefault: vi.fn(),
});

const handlers = (used: boolean): ShortcutHandlers => ({
  onArrow: () => used,
  onEnter: () => used,
  onEscape: () => used,
  onDepth: () => used,
  onSearch: () => used,
});

describe('page-wide keyboard shortcuts', () => {
  it.each(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter', 'Escape', '1', '2', '3', '/'])(
    'leave %s to the browser when the app had nothing to do with it',
    (key) => {
      const e = press(key);
      expect(handleShortcutKey(e, handlers(false))).toBe(false);
      expect(e.preventDefault).not.toHaveBeenCalled();
    },
  );

  it.each(['ArrowDown', 'Enter', 'Escape', '2', '/'])('take %s from the browser when the app used it', (key) => {
    const e = press(key);
    expect(handleShortcutKey(e, handlers(true))).toBe(true);
    expect(e.preventDefault).toHaveBeenCalledOnce();
  });

  it('never act while the user types in a field, or on keys with a modifier, or on keys already used', () => {
    const onArrow = vi.fn(() => true);
    const all = { ...handlers(true), onArrow };
    handleShortcutKey(press('ArrowRight', { tagName: 'INPUT' } as unknown as EventTarget), all);
    handleShortcutKey({ ...press('ArrowRight'), ctrlKey: true }, all);
    handleShortcutKey({ ...press('ArrowRight'), defaultPrevented: true }, all);
    expect(onArrow).not.toHaveBeenCalled();
    handleShortcutKey(press('ArrowRight', { tagName: 'DIV' } as unknown as EventTarget), all);
    expect(onArrow).toHaveBeenCalledWith('right');
  });

  it('pass the focus depth of the digit pressed, and no other digit or key name', () => {
    const onDepth = vi.fn(() => true);
    const onArrow = vi.fn(() => true);
    const all = { ...handlers(true), onDepth, onArrow };
    for (const key of ['1', '3', '4', '0', 'toString', 'constructor']) handleShortcutKey(press(key), all);
    expect(onDepth.mock.calls).toEqual([[1], [3]]);
    expect(onArrow).not.toHaveBeenCalled();
  });
});
