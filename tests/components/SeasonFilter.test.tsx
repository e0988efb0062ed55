// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { SeasonFilter } from '../../src/components/SeasonFilter';
import { STRINGS } from '../../src/i18n/strings';
import { renderIn, shipped } from './render';

const props = (over: Partial<Parameters<typeof SeasonFilter>[0]> = {}) => ({
  seasons: shipped.seasons,
  value: null,
  cursor: null,
  lang: 'en' as const,
  short: false,
  onChange: vi.fn(),
  ...over,
});

const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });

describe('SeasonFilter', () => {
  it('offers every season and all seasons, the announced one said as announced', () => {
    renderIn('en', <SeasonFilter {...props()} />);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['all', 's1', 's2']);
    expect(radio('All seasons').checked).toBe(true);
    expect(radio('Season 2 (announced)').disabled).toBe(false);
  });

  it('in a crowded bar shows the announced season by name only and keeps "(announced)" for screen readers', () => {
    renderIn('en', <SeasonFilter {...props({ short: true })} />);
    expect(radio('Season 2 (announced)').value).toBe('s2');
    expect(screen.getByText('Season 2').getAttribute('aria-hidden')).toBe('true');
  });

  it('cannot choose a season past the spoiler cursor, and says why', () => {
    renderIn('en', <SeasonFilter {...props({ cursor: { season: 1, episode: 5 } })} />);
    const second = radio('Season 2 (announced)');
    expect(second.disabled).toBe(true);
    expect(second.getAttribute('title')).toBe(STRINGS.en.seasonPastCursor('Season 2'));
  });

  it('names the seasons in Korean in a Korean interface and reports the choice', () => {
    const onChange = vi.fn();
    renderIn('ko', <SeasonFilter {...props({ lang: 'ko', onChange })} />);
    fireEvent.click(screen.getByRole('radio', { name: '시즌 1' }));
    expect(onChange).toHaveBeenCalledWith('s1');
  });
});
