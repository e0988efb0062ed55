import type { ExportOptions, ExportPlan, Rect } from './exportPlan';

/**
 * Images made for posting: the feed and story shapes of the social networks. Their text is sized for
 * a phone feed (legend and caption text ≥ 20 px in a 1080-wide image), and the legend flows across the
 * frame in columns under a tall chart, or stands beside a wide one.
 */
export const POSTING_FRAMES = {
  square: { width: 1080, height: 1080 },
  portrait: { width: 1080, height: 1350 },
  story: { width: 1080, height: 1920 },
  social: { width: 1200, height: 675 },
  slide: { width: 1920, height: 1080 },
} as const;

export type PostingId = keyof typeof POSTING_FRAMES;

export const isPosting = (preset: string): preset is PostingId => preset in POSTING_FRAMES;

/** Layout units (at unit 1) of a posting image's frame. */
export const POSTING_LAYOUT = {
  legendWidth: 210,
  rowHeight: 22,
  padding: 14,
  titleHeight: 28,
  lineHeight: 20,
  /** Legend and caption text size at unit 1 (the title is larger). */
  textSize: 13,
} as const;

/** Pixels per layout unit: 13-unit text is 20.8 px in a 1080-wide feed image, and grows with the frame. */
export const postingUnit = (width: number, height: number) => 1.6 * Math.min(width / 1080, height / 675);

export interface PostingInput {
  legend: boolean;
  caption: boolean;
  legendRows: number;
  captionLines: number;
  /** The chart's own proportions (its size at 1x), when known: a tall frame's text may grow into the room it leaves. */
  natural?: { width: number; height: number };
}

/** How much larger than feed size a tall frame's legend and caption text may grow. */
export const MAX_TEXT_GROWTH = 1.5;

/**
 * Splits a posting frame into chart, legend and caption; tall frames stack them, wide ones put the legend
 * beside. A wide chart fills a tall frame's width long before its height: the legend and caption text
 * then grow (up to MAX_TEXT_GROWTH) as far as they can without making the chart any smaller.
 */
export function planPosting(id: PostingId, input: PostingInput): ExportPlan {
  const { width, height } = POSTING_FRAMES[id];
  if (height < width) return planWide(width, height, input);
  const chartRatio = input.natural ? input.natural.height / Math.max(1, input.natural.width) : null;
  if (chartRatio === null) return planTall(width, height, input, 1);
  for (let growth = MAX_TEXT_GROWTH; growth > 1; growth -= 0.05) {
    const plan = planTall(width, height, input, growth);
    // Still limited by the frame's width, so the chart is drawn at the same size as with feed-size text.
    if (plan.graph.height >= width * chartRatio) return centreStack(plan, width * chartRatio * NAME_ROOM);
  }
  return centreStack(planTall(width, height, input, 1), width * chartRatio * NAME_ROOM);
}

/** Room kept above a wide chart's own height in a tall frame: names enlarged for a post make it taller. */
const NAME_ROOM = 1.2;

/**
 * A wide chart in a tall frame leaves height it cannot use: the chart, legend and caption then stand
 * together in the middle of the frame, the spare height split above and below (where a story's own
 * buttons are drawn), instead of as bands inside the chart's area.
 */
function centreStack(plan: ExportPlan, needed: number): ExportPlan {
  const slack = Math.floor(plan.graph.height - needed);
  if (slack <= 0) return plan;
  const top = Math.floor(slack / 2);
  const shift = (r: Rect | null): Rect | null => r && { ...r, y: r.y - slack + top };
  return {
    ...plan,
    graph: { ...plan.graph, y: top, height: plan.graph.height - slack },
    legend: shift(plan.legend),
    caption: shift(plan.caption),
  };
}

/** The caption band's height in pixels at `unit`: padding, the title and its lines. */
const captionPx = (input: PostingInput, unit: number) =>
  input.caption
    ? Math.round(
        2 * POSTING_LAYOUT.padding * unit +
          (POSTING_LAYOUT.titleHeight + input.captionLines * POSTING_LAYOUT.lineHeight) * unit,
      )
    : 0;

function planTall(width: number, height: number, input: PostingInput, growth: number): ExportPlan {
  const L = POSTING_LAYOUT;
  const unit = postingUnit(width, height) * growth;
  const pad = L.padding * unit;
  const captionH = captionPx(input, unit);
  const columns = input.legend ? Math.max(1, Math.floor((width - 2 * pad) / (L.legendWidth * unit))) : 1;
  const rows = Math.ceil(input.legendRows / columns);
  const legendH = input.legend ? Math.round(2 * pad + (L.titleHeight + rows * L.rowHeight) * unit) : 0;
  const graphH = height - legendH - captionH;
  return {
    width,
    height,
    unit,
    legendColumns: columns,
    graph: { x: 0, y: 0, width, height: graphH },
    legend: input.legend ? { x: 0, y: graphH, width, height: legendH } : null,
    caption: input.caption ? { x: 0, y: graphH + legendH, width, height: captionH } : null,
  };
}

function planWide(width: number, height: number, input: PostingInput): ExportPlan {
  const L = POSTING_LAYOUT;
  const unit = postingUnit(width, height);
  const captionH = captionPx(input, unit);
  const legendW = input.legend ? Math.round(L.legendWidth * unit) : 0;
  return {
    width,
    height,
    unit,
    legendColumns: 1,
    graph: { x: 0, y: 0, width: width - legendW, height: height - captionH },
    legend: input.legend ? { x: width - legendW, y: 0, width: legendW, height } : null,
    caption: input.caption ? { x: 0, y: height - captionH, width: width - legendW, height: captionH } : null,
  };
}

/**
 * Applies a change of the dialog's options. Choosing a posting size turns its legend and caption
 * (titles, "as of", credit) on, and going back to another size gives back what they were before;
 * either can still be unticked meanwhile.
 */
export function changeOptions(options: ExportOptions, change: Partial<ExportOptions>): ExportOptions {
  const next = { ...options, ...change };
  if (change.preset === undefined) return next;
  const was = isPosting(options.preset);
  const now = isPosting(change.preset);
  if (!was && now) {
    const before = { legend: options.legend, caption: options.caption };
    return { ...options, legend: true, caption: true, ...change, partsBeforePosting: before };
  }
  if (was && !now && options.partsBeforePosting) {
    return { ...next, ...options.partsBeforePosting, partsBeforePosting: null };
  }
  return next;
}
