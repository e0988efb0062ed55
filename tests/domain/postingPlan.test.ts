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

  it("grow a story's legend and caption text into the room a wide chart leaves, never shrinking the chart", () => {
    const input = { legend: true, caption: true, legendRows: 10, captionLines: 3 };
    // The shipped chart is about 1.6 times as wide as it is high: at 1080 px wide it needs 675 px.
    const plan = planPosting('story', { ...input, natural: { width: 1600, height: 1000 } });
    expect(plan.unit).toBeCloseTo(1.6 * 1.5);
    expect(plan.legendColumns).toBe(2);
    expect(plan.graph.height).toBeGreaterThanOrEqual(675);
    // The height it cannot use is split above and below the whole stack, not left inside the chart's area.
    expect(plan.graph).toEqual({ x: 0, y: 217, width: 1080, height: 810 });
    expect(plan.legend).toEqual({ x: 0, y: 1027, width: 1080, height: 398 });
    expect(plan.caption).toEqual({ x: 0, y: 1425, width: 1080, height: 278 });
    expect(1920 - (plan.caption!.y + plan.caption!.height)).toBe(217);
    // A chart 1.5 times as tall as wide needs 1620 px at full width, more than the frame leaves: feed size.
    const square = planPosting('story', { ...input, natural: { width: 1000, height: 1500 } });
    expect(square.unit).toBeCloseTo(1.6);
    expect(square.graph).toEqual({ x: 0, y: 0, width: 1080, height: 1504 });
    // In between, the text grows only as far as the chart keeps its width.
    const between = planPosting('story', { ...input, natural: { width: 1000, height: 1300 } });
    expect(between.unit).toBeGreaterThan(1.6);
    expect(between.unit).toBeLessThan(2.4);
    expect(between.graph.height).toBeGreaterThanOrEqual(1404);
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
