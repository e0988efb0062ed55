import { describe, expect, it } from 'vitest';

import { DEFAULT_EXPORT_OPTIONS } from '../../src/domain/exportPlan';
import { changeOptions, planPosting, postingUnit } from '../../src/domain/postingPlan';

describe('posting sizes', () => {
  it('stack chart, legend columns and caption in a story frame, with 13-unit text at 20.8 px', () => {
    expect(postingUnit(1080, 1920)).toBeCloseTo(1.6);
    const plan = planPosting('story', { legend: true, caption: true, legendRows: 10, captionLines: 3 });
    expect(plan.legendColumns).toBe(3);
    expect(plan.graph).toEqual({ x: 0, y: 0, width: 1080, height: 1504 });
    expect(plan.legend).toEqual({ x: 0, y: 1504, width: 1080, height: 230 });
    expect(plan.caption).toEqual({ x: 0, y: 1734, width: 1080, height: 186 });
  });

  it('put the legend beside the chart in a landscape frame', () => {
    const plan = planPosting('social', { legend: true, caption: false, legendRows: 10, captionLines: 0 });
    expect(plan.legend).toEqual({ x: 1200 - 336, y: 0, width: 336, height: 675 });
    expect(plan.graph).toEqual({ x: 0, y: 0, width: 864, height: 675 });
  });
});

describe('choosing a size', () => {
  it('turns legend and caption on for a posting size and gives them back on leaving it', () => {
    const square = changeOptions(DEFAULT_EXPORT_OPTIONS, { preset: 'square' });
    expect([square.legend, square.caption]).toEqual([true, true]);
    const story = changeOptions(changeOptions(square, { caption: false }), { preset: 'story' });
    expect([story.legend, story.caption]).toEqual([true, false]);
    const back = changeOptions(story, { preset: '2x' });
    expect([back.legend, back.caption, back.partsBeforePosting]).toEqual([false, false, null]);
    const legendKept = changeOptions({ ...DEFAULT_EXPORT_OPTIONS, legend: true }, { preset: 'slide' });
    expect(changeOptions(legendKept, { preset: 'a4' }).legend).toBe(true);
  });
});
