// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { SeasonFilter } from '../../src/components/SeasonFilter';
import type { Language } from '../../src/domain/language';
import type { Cursor } from '../../src/domain/spoiler';
import { storyView } from '../../src/domain/storyView';
import { STRINGS } from '../../src/i18n/strings';
import { renderIn, shipped } from './render';

/** The filter as the bar draws it, with the story view's choices for a viewer at `cursor`. */
function filter(o: { cursor?: Cursor | null; lang?: Language; short?: boolean; onChange?: () => void } = {}) {
  const lang = o.lang ?? 'en';
  const cursor = o.cursor ?? null;
  const view = storyView(shipped, { nodes: new Set(), links: new Set() }, new Set(), cursor, STRINGS[lang]);
  renderIn(
    lang,
    <SeasonFilter
      choices={view.seasonChoices()}
      value={null}
      short={o.short ?? false}
      onChange={o.onChange ?? vi.fn()}
    />,
  );
}

const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });

describe('SeasonFilter', () => {
  it('offers every season and all seasons, the announced one said as announced', () => {
    filter();
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['all', 's1', 's2']);
    expect(radio('All seasons').checked).toBe(true);
    expect(radio('Season 2 (announced)').disabled).toBe(false);
  });

  it('in a crowded bar shows the announced season by name only and keeps "(announced)" for screen readers', () => {
    filter({ short: true });
    expect(radio('Season 2 (announced)').value).toBe('s2');
    expect(screen.getByText('Season 2').getAttribute('aria-hidden')).toBe('true');
  });

  it('cannot choose a season past the spoiler cursor, and says why', () => {
    filter({ cursor: { season: 1, episode: 5 } });
    const second = radio('Season 2 (announced)');
    expect(second.disabled).toBe(true);
    expect(second.getAttribute('title')).toBe('Season 2 is past the episode you have watched up to');
  });

  it('names the seasons in Korean in a Korean interface and reports the choice', () => {
    const onChange = vi.fn();
    filter({ lang: 'ko', onChange });
    expect(radio('시즌 2 (발표됨)').disabled).toBe(false);
    fireEvent.click(radio('시즌 1'));
    expect(onChange).toHaveBeenCalledWith('s1');
  });
});
