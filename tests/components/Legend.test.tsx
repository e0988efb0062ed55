// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { Legend } from '../../src/components/Legend';
import { applyFilters, DEFAULT_FILTERS, type Filters, legendKey } from '../../src/domain/filters';
import { buildLegend } from '../../src/domain/legend';
import { THEMES } from '../../src/theme/palette';
import { renderIn, shipped } from './render';

function legend(filters: Filters, lang: 'en' | 'ko' = 'en') {
  const onToggle = vi.fn();
  const model = buildLegend(shipped, filters, applyFilters(shipped, filters));
  renderIn(lang, <Legend model={model} colors={THEMES.light} onToggle={onToggle} />);
  return onToggle;
}

/** A legend entry's button by its words and count, e.g. "Character 33". */
const entry = (label: string, count: number) =>
  screen.getByRole('button', { name: new RegExp(`^${label}\\s*${count}$`) });

describe('Legend', () => {
  const finished: Filters = { ...DEFAULT_FILTERS, cursor: { season: 1, episode: 12 } };

  it('counts what the chart draws after season 1: 33 characters, 32 relationships, 8 friendships', () => {
    legend(finished);
    expect(entry('Character', 33).getAttribute('aria-pressed')).toBe('true');
    expect(entry('Actor', 0)).toBeTruthy();
    expect(entry('Relationship', 32)).toBeTruthy();
    expect(entry('friendship', 8)).toBeTruthy();
    expect(entry('Trauma', 30)).toBeTruthy();
  });

  it('switches an entry off and shows it as off, with its count kept', () => {
    const onToggle = legend({ ...finished, hidden: [legendKey.type('relationship', 'romance')] });
    const romance = entry('romance', 2);
    expect(romance.getAttribute('aria-pressed')).toBe('false');
    expect(romance.getAttribute('title')).toBe('Show romance');
    fireEvent.click(entry('Trauma', 30));
    expect(onToggle).toHaveBeenCalledWith(legendKey.link('trauma'));
  });

  it('words the entries in Korean', () => {
    legend(finished, 'ko');
    expect(entry('인물', 33)).toBeTruthy();
    expect(entry('우정', 8)).toBeTruthy();
  });
});
