import { useMemo, useState } from 'react';

import type { ExportWords } from '../contracts/exportWords';
import type { ExportJob, GraphApi } from '../contracts/graphApi';
import { exportFileName } from '../domain/exportName';
import {
  DEFAULT_EXPORT_OPTIONS,
  effectiveParts,
  type ExportOptions,
  planExport,
  sizeProblem,
} from '../domain/exportPlan';
import { altText, captionLines, postingLines } from '../domain/exportText';
import type { Filters } from '../domain/filters';
import type { StoryGraph } from '../domain/parseGraph';
import { isPosting, postingUnit } from '../domain/postingPlan';
import type { StoryView } from '../domain/storyView';
import { legendEntries } from '../theme/legendEntries';
import type { ThemeColors } from '../theme/palette';

export interface ExportInputs<S extends ExportWords> {
  api: GraphApi | null;
  graph: StoryGraph;
  filters: Filters;
  /** The spoiler-safe view: an image says only what a panel may show at the cursor. */
  view: StoryView;
  colors: ThemeColors;
  /** The export's words in the interface language; handed back to the dialog as they are. */
  strings: S;
  legendTitle: string;
}

/** The page's address for a credit line; none for a page opened from a file. */
function pageAddress(): string | null {
  const { protocol, host, pathname } = window.location;
  return protocol === 'http:' || protocol === 'https:' ? `${host}${pathname}` : null;
}

/** Options and everything they decide: pixel size, layout, caption, alt text, file name, size check. */
export function useExportPlan<S extends ExportWords>(
  { api, graph, filters, view, colors, strings, legendTitle }: ExportInputs<S>,
  open: boolean,
) {
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT_OPTIONS);
  const full = options.scope === 'whole';
  // Read from the renderer each time the dialog opens: it depends on where the layout put the nodes.
  const natural = useMemo(
    () => (open && api ? api.measure(full, options.labels) : { width: 0, height: 0 }),
    [open, api, full, options.labels],
  );
  // A viewport export describes (alt text, caption, legend counts) only what is in view.
  const inView = useMemo(() => (full || !open || !api ? null : new Set(api.inView())), [full, open, api]);
  // Counted only while the dialog is open: each is a pass over the whole graph, and filter changes
  // must not pay for a dialog nobody has opened.
  const text = useMemo(
    () => (open ? view.exportText(filters, strings.legendWords, strings.script, inView) : null),
    [open, view, filters, strings.legendWords, strings.script, inView],
  );
  const facts = text?.facts ?? null;
  const parts = effectiveParts(options);
  const posting = isPosting(options.preset);
  const caption = useMemo(() => {
    if (!parts.caption || !facts) return null;
    if (!posting) return { title: facts.title, lines: captionLines(facts, strings.phrases, options.explain) };
    // A post carries both titles: the interface language's first, the other under it.
    const { title, titleKo } = graph.meta;
    const [first, other] = strings.titleFirst === 'ko' && titleKo ? [titleKo, title] : [title, titleKo ?? null];
    return { title: first, lines: postingLines(facts, strings.phrases, { otherTitle: other, address: pageAddress() }) };
  }, [parts.caption, facts, strings, options.explain, posting, graph.meta]);
  const legendRows = useMemo(
    () => (text ? legendEntries(text.legendRows, strings.legendWords.tones) : []),
    [text, strings.legendWords.tones],
  );
  const plan = useMemo(
    () => planExport(options, { natural, legendRows: legendRows.length, captionLines: caption?.lines.length ?? 0 }),
    [options, natural, legendRows, caption],
  );
  const job = useMemo<ExportJob | null>(
    () =>
      natural.width > 0
        ? {
            format: options.format,
            full,
            labels: options.labels,
            highlight: options.highlight,
            arrowCaptions: options.arrowCaptions,
            // 15 units is 24 px in a 1080-wide post (unit 1.6), and grows with larger frames (not with the
            // larger legend text a story frame may get).
            minNamePx: posting ? 15 * postingUnit(plan.width, plan.height) : null,
            plan,
            factor: 1,
            background: options.background === 'solid' ? colors.background : null,
            colors,
            legend: parts.legend ? { title: legendTitle, rows: legendRows } : null,
            caption,
          }
        : null,
    [natural, options, full, plan, colors, parts.legend, legendTitle, legendRows, caption, posting],
  );
  const size = plan;
  const season = graph.seasons.find((s) => s.id === filters.season) ?? null;
  const details = [...(full ? [] : ['viewport']), ...(options.preset === '2x' ? [] : [`${size.width}x${size.height}`])];
  return {
    options,
    setOptions,
    strings,
    job,
    size: { width: size.width, height: size.height },
    problem: natural.width > 0 ? sizeProblem(plan.width, plan.height) : null,
    fileName: exportFileName(graph.meta.slug, season, options.format, details),
    /** Copy and Share always hand over a PNG: clipboards and share sheets take images, not SVG. */
    pngFileName: exportFileName(graph.meta.slug, season, 'png', details),
    altText: facts ? altText(facts, strings.phrases) : '',
  };
}
