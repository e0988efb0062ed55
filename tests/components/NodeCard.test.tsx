// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { NodeCard } from '../../src/components/NodeCard';
import { applyFilters, DEFAULT_FILTERS, LAYERS } from '../../src/domain/filters';
import type { Cursor } from '../../src/domain/spoiler';
import { storyView } from '../../src/domain/storyView';
import { STRINGS } from '../../src/i18n/strings';
import { renderIn, shipped } from './render';

/** Nam-ra's card as a viewer at `cursor` gets it from the story view, in `lang`. */
function namRa(cursor: Cursor, lang: 'en' | 'ko') {
  const visibility = applyFilters(shipped, { ...DEFAULT_FILTERS, cursor });
  const cast = applyFilters(shipped, { ...DEFAULT_FILTERS, cursor, layers: LAYERS }).links;
  return storyView(shipped, visibility, cast, cursor, STRINGS[lang]).card('nam-ra')!;
}

const handlers = () => ({ onSelect: vi.fn(), onFocus: vi.fn(), onClose: vi.fn() });

describe('NodeCard', () => {
  it('reads Choi Nam-ra at S1E3: her name in both scripts, her state as of the episode, her links as sentences', () => {
    renderIn('en', <NodeCard card={namRa({ season: 1, episode: 3 }, 'en')} focusDepth={null} {...handlers()} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Choi Nam-ra 최남라');
    expect(screen.getByText('Class 2-5 president and top student, aloof; nicknamed "control tower"')).toBeTruthy();
    const status = within(screen.getByRole('region', { name: 'Status by season' }));
    expect(status.getAllByRole('listitem')[0]!.textContent).toMatch(/^S1 alive as of episode 3/);
    expect(screen.getByRole('heading', { level: 3, name: '3 links shown' })).toBeTruthy();
    expect(screen.getByText(/Nam On-jo and Choi Nam-ra are in class 2-5/)).toBeTruthy();
  });

  it('says the same card in Korean, with Korean particles', () => {
    renderIn('ko', <NodeCard card={namRa({ season: 1, episode: 3 }, 'ko')} focusDepth={null} {...handlers()} />);
    // The Hangul name leads for a Korean reader, the romanised one beside it in its own language.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('최남라 Choi Nam-ra');
    expect(screen.getByText('Choi Nam-ra').getAttribute('lang')).toBe('en');
    expect(screen.getByRole('heading', { level: 3, name: '연결 3개 표시' })).toBeTruthy();
    expect(screen.getByText(/남온조와 최남라는 2학년 5반 친구다/)).toBeTruthy();
  });

  it("tells a link's note in Korean once the season is over", () => {
    const visibility = applyFilters(shipped, { ...DEFAULT_FILTERS, cursor: { season: 1, episode: 12 } });
    const cast = applyFilters(shipped, {
      ...DEFAULT_FILTERS,
      cursor: { season: 1, episode: 12 },
      layers: LAYERS,
    }).links;
    const card = storyView(shipped, visibility, cast, { season: 1, episode: 12 }, STRINGS.ko).card('cheong-san')!;
    renderIn('ko', <NodeCard card={card} focusDepth={null} {...handlers()} />);
    expect(screen.getByText(/8화 옥상에서 고백하고, 11화에서 작별의 입맞춤을 한다/)).toBeTruthy();
    expect(screen.queryByText(/He confesses on the roof/)).toBeNull();
  });

  it('goes to the other end of a link, focuses on a depth and closes', () => {
    const on = handlers();
    renderIn('en', <NodeCard card={namRa({ season: 1, episode: 3 }, 'en')} focusDepth={2} {...on} />);
    fireEvent.click(screen.getByRole('button', { name: 'Go to Nam On-jo' }));
    expect(on.onSelect).toHaveBeenCalledWith('on-jo');
    const depths = within(screen.getByRole('group', { name: STRINGS.en.focusDepth }));
    expect(depths.getByRole('button', { name: '2' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(depths.getByRole('button', { name: '1' }));
    expect(on.onFocus).toHaveBeenCalledWith(1);
    fireEvent.click(depths.getByRole('button', { name: STRINGS.en.leaveFocus }));
    expect(on.onFocus).toHaveBeenLastCalledWith(null);
    fireEvent.click(screen.getByRole('button', { name: STRINGS.en.close }));
    expect(on.onClose).toHaveBeenCalledTimes(1);
  });
});
