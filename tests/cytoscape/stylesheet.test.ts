import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';

import { stylesheetFor } from '../../src/cytoscape/stylesheet';
import { toElements } from '../../src/cytoscape/toElements';
import { THEMES } from '../../src/theme/palette';
import { smallGraph as graph } from '../domain/fixture';

let cy: cytoscape.Core | undefined;
afterEach(() => cy?.destroy());

/** A headless instance styled like the canvas, so computed styles can be read as the renderer would. */
const styled = (theme: 'light' | 'dark', names: 'latin' | 'hangul') => {
  cy?.destroy();
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(graph),
    style: stylesheetFor(theme, names, false),
  });
  return cy;
};

const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? []).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;

describe('graph stylesheet per theme and name script', () => {
  it('draws labels and nodes in the colours of the chosen theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const ana = styled(theme, 'latin').getElementById('ana');
      expect(hex(ana.style('color'))).toBe(THEMES[theme].text);
      expect(hex(ana.style('background-color'))).toBe(THEMES[theme].node.character);
    }
    expect(THEMES.light.text).not.toBe(THEMES.dark.text);
  });
  it('labels nodes in Latin or Hangul, falling back to Latin where no Hangul name is given', () => {
    // Ana is played by an actor with no Hangul name: the second line, the actor's, falls back to Latin.
    const withKo = graph.nodes.find((n) => n.labelKo !== undefined)!;
    const withoutKo = graph.nodes.find((n) => n.labelKo === undefined)!;
    expect(withKo.id).toBe('ana');
    expect(styled('light', 'latin').getElementById(withKo.id).style('label')).toBe('Ana\nActor A');
    const hangul = styled('light', 'hangul');
    expect(hangul.getElementById(withKo.id).style('label')).toBe('아나\nActor A');
    expect(hangul.getElementById(withoutKo.id).style('label')).toBe(withoutKo.label);
  });
  it('is one constant per choice, so the canvas is not restyled on every render', () => {
    expect(stylesheetFor('dark', 'hangul', false)).toBe(stylesheetFor('dark', 'hangul', false));
    expect(stylesheetFor('dark', 'hangul', false)).not.toBe(stylesheetFor('light', 'hangul', false));
  });
});
