import { NAME_SIZES } from '../../src/cytoscape/nameSizes';

/**
 * Size of a node's label at zoom 1, estimated without a canvas (Node has none): per-character widths
 * of the sans-serif the chart uses, rounded up, plus the 2 px text outline on each side.
 */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const WIDE = /[MWmw@%]/;
const NARROW = /[iljtf.,'’·\- ]/;

function lineWidth(text: string, font: number): number {
  let em = 0;
  for (const ch of text)
    em += HANGUL.test(ch)
      ? 1
      : WIDE.test(ch)
        ? 0.86
        : NARROW.test(ch)
          ? 0.34
          : ch === ch.toUpperCase() && /\p{L}/u.test(ch)
            ? 0.7
            : 0.6;
  return em * font;
}

export interface LabelSize {
  width: number;
  height: number;
  font: number;
}

export function labelSize(label: string, tier: 1 | 2 | 3): LabelSize {
  const font = NAME_SIZES[tier];
  const lines = label.split('\n');
  const bold = tier === 1 ? 1.08 : 1;
  const width = Math.max(...lines.map((line) => lineWidth(line, font))) * bold + 4;
  return { width, height: lines.length * font * 1.15 + 4, font };
}

/** Node body diameters as the stylesheet draws them. */
export const BODY = { lead: 34, character: 26, actor: 22, season: 40, location: 26 } as const;

/** The label sits `LABEL_GAP` model px under the body (text-margin-y). */
export const LABEL_GAP = 4;
