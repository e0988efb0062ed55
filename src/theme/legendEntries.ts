import type { ExportLegendRow } from '../domain/exportText';
import { LINK_KINDS, type LinkKind, type NodeKind } from '../domain/schema';
import { linkTone, type Tone, TONES } from './palette';

/** A row of an image's legend as it is drawn: a node kind, a story tone, or a structural link kind. */
export type LegendEntry =
  | { group: 'node'; kind: NodeKind; label: string; count: number }
  | { group: 'tone'; tone: Tone; label: string; count: number }
  | { group: 'link'; kind: LinkKind; label: string; count: number };

/**
 * Story links grouped by the colour and line the chart gives them (`linkTone`), so the legend of an
 * image matches its lines; cast and place links stay one row per kind.
 */
export function legendEntries(rows: readonly ExportLegendRow[], toneNames: Record<Tone, string>): LegendEntry[] {
  const tones = new Map<Tone, number>();
  const structural = new Map<LinkKind, { label: string; count: number }>();
  const nodes: LegendEntry[] = [];
  for (const row of rows) {
    if (row.group === 'node') {
      nodes.push(row);
      continue;
    }
    const tone = linkTone(row.kind, row.type || undefined);
    if (tone) tones.set(tone, (tones.get(tone) ?? 0) + row.count);
    else {
      const seen = structural.get(row.kind);
      structural.set(row.kind, { label: row.label, count: (seen?.count ?? 0) + row.count });
    }
  }
  return [
    ...nodes,
    ...TONES.filter((t) => tones.has(t)).map((tone): LegendEntry => ({
      group: 'tone',
      tone,
      label: toneNames[tone],
      count: tones.get(tone)!,
    })),
    ...LINK_KINDS.filter((k) => structural.has(k)).map((kind): LegendEntry => ({
      group: 'link',
      kind,
      ...structural.get(kind)!,
    })),
  ];
}
