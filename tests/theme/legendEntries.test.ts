import { describe, expect, it } from 'vitest';

import type { ExportLegendRow } from '../../src/domain/exportText';
import { legendEntries } from '../../src/theme/legendEntries';

const TONE_NAMES = {
  romance: 'Romance',
  family: 'Family',
  friendship: 'Friends',
  rivalry: 'Rivals',
  bullying: 'Bullying',
  trauma: 'Harm',
  loyalty: 'Loyalty',
};

describe('legendEntries', () => {
  it('groups story links by the colour the chart draws them in, and keeps cast links per kind', () => {
    const rows: ExportLegendRow[] = [
      { group: 'node', kind: 'character', label: 'Character', count: 5 },
      { group: 'link', kind: 'relationship', type: 'crush', label: 'Relationship', count: 2 },
      { group: 'link', kind: 'relationship', type: 'romance', label: 'Relationship', count: 1 },
      { group: 'link', kind: 'relationship', type: 'classmates', label: 'Relationship', count: 3 },
      { group: 'link', kind: 'relationship', type: 'bullying', label: 'Relationship', count: 1 },
      { group: 'link', kind: 'trauma', type: 'bullied', label: 'Trauma', count: 2 },
      { group: 'link', kind: 'trauma', type: 'killed', label: 'Trauma', count: 4 },
      { group: 'link', kind: 'plays', type: '', label: 'Plays', count: 5 },
    ];
    expect(legendEntries(rows, TONE_NAMES)).toEqual([
      { group: 'node', kind: 'character', label: 'Character', count: 5 },
      { group: 'tone', tone: 'romance', label: 'Romance', count: 3 },
      { group: 'tone', tone: 'friendship', label: 'Friends', count: 3 },
      { group: 'tone', tone: 'bullying', label: 'Bullying', count: 3 },
      { group: 'tone', tone: 'trauma', label: 'Harm', count: 4 },
      { group: 'link', kind: 'plays', label: 'Plays', count: 5 },
    ]);
  });
});
