// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { PathFinder } from '../../src/components/PathFinder';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import type { Language } from '../../src/domain/language';
import { findPaths } from '../../src/domain/paths';
import { STORY_LINK_KINDS } from '../../src/domain/schema';
import { storyView } from '../../src/domain/storyView';
import { STRINGS } from '../../src/i18n/strings';
import { renderIn, shipped } from './render';

/** The finder as a viewer at S1E5 sees it, asked how Nam-ra and Gwi-nam are connected. */
function finder(lang: Language, to: string | null = 'gwi-nam') {
  const cursor = { season: 1, episode: 5 };
  const visibility = applyFilters(shipped, { ...DEFAULT_FILTERS, cursor });
  const view = storyView(shipped, visibility, visibility.links, cursor, STRINGS[lang]);
  const paths = to ? findPaths(shipped, visibility.links, new Set(STORY_LINK_KINDS), 'nam-ra', to) : [];
  const on = { onChange: vi.fn(), onShowPath: vi.fn() };
  renderIn(
    lang,
    <PathFinder view={view} from="nam-ra" to={to} kinds={STORY_LINK_KINDS} paths={paths} activePath={0} {...on} />,
  );
  return on;
}

/** The steps of the first (shortest) path listed. */
const shortest = () =>
  within(document.querySelector<HTMLElement>('.path-steps')!)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('PathFinder', () => {
  it('tells the shortest path at S1E5 as sentences: Nam-ra and Gwi-nam meet through Cheong-san', () => {
    finder('en');
    expect(shortest()).toEqual([
      'Choi Nam-ra and Lee Cheong-san are in class 2-5.',
      'Yoon Gwi-nam hunts Lee Cheong-san, who filmed him.',
    ]);
    expect(screen.getAllByRole('button', { name: /^Shortest: 2 steps$/ })[0]!.getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.queryByText(STRINGS.en.noPath)).toBeNull();
  });

  it('tells it in Korean', () => {
    finder('ko');
    expect(shortest()).toEqual(['최남라와 이청산은 2학년 5반 친구다.', '윤귀남은 자신을 찍은 이청산을 노린다.']);
  });

  it('offers only characters the viewer has met, and reports the choices', () => {
    const on = finder('en', null);
    const to = screen.getByRole<HTMLSelectElement>('combobox', { name: 'To' });
    const names = [...to.options].map((o) => o.textContent);
    expect(names).toContain('Yoon Gwi-nam');
    // Seo Hyo-ryung first appears in episode 10.
    expect(names).not.toContain('Seo Hyo-ryung');
    fireEvent.change(to, { target: { value: 'gwi-nam' } });
    expect(on.onChange).toHaveBeenCalledWith({ to: 'gwi-nam' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Trauma' }));
    expect(on.onChange).toHaveBeenLastCalledWith({ kinds: ['relationship', 'loyalty'] });
  });
});
