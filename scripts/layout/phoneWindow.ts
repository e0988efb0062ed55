import { MIN_NAME_PX, NAME_SIZES } from '../../src/cytoscape/nameSizes';
import { LABEL_GAP } from './labels';
import type { Body } from './scene';

/** The phone's chart (390 × 684 CSS px under its bar) at the zoom where the smallest name is 10 px. */
const PHONE = { width: 390, height: 684, inset: 16 };
const ZOOM = (MIN_NAME_PX + 0.05) / NAME_SIZES[3];
/** Slack for the label estimate (labels.ts runs a few per cent narrow) and Cytoscape's 2-unit box margin. */
const WIDEN = 1.08;
const MARGIN = 2;

/**
 * How many of the first visit's names a phone's start view can hold (touchView.ts phoneStartView): the
 * most label boxes any window of the phone's size contains, in model units. Returns a counter over
 * coordinates [x0, y0, x1, y1, …] of `ids`; `named` are the indexes of the first visit's characters.
 */
export function phoneWindowCounter(
  ids: readonly string[],
  named: readonly number[],
  bodies: ReadonlyMap<string, Body>,
): (xy: Float64Array) => number {
  const w = (PHONE.width - PHONE.inset) / ZOOM;
  const h = (PHONE.height - PHONE.inset) / ZOOM;
  const half = named.map((i) => (bodies.get(ids[i]!)!.label.width * WIDEN) / 2 + MARGIN);
  const below = named.map((i) => bodies.get(ids[i]!)!.size / 2 + LABEL_GAP - MARGIN);
  const tall = named.map((i) => bodies.get(ids[i]!)!.label.height + 2 * MARGIN);
  const x1 = new Float64Array(named.length);
  const y1 = new Float64Array(named.length);
  return (xy) => {
    named.forEach((i, k) => {
      x1[k] = xy[2 * i]! - half[k]!;
      y1[k] = xy[2 * i + 1]! + below[k]!;
    });
    let best = 0;
    // The best window has a name on its left edge and one on its top edge.
    for (let a = 0; a < named.length; a += 1) {
      for (let b = 0; b < named.length; b += 1) {
        const [left, top] = [x1[a]!, y1[b]!];
        let held = 0;
        for (let k = 0; k < named.length; k += 1) {
          if (x1[k]! >= left && x1[k]! + 2 * half[k]! <= left + w && y1[k]! >= top && y1[k]! + tall[k]! <= top + h)
            held += 1;
        }
        best = Math.max(best, held);
      }
    }
    return best;
  };
}

/** What one first-visit name outside the phone's start view costs: more than a few crossings. */
export const MISSING_NAME_COST = 300;

/** The phone term of a layout's cost over `ids`' coordinates: MISSING_NAME_COST per name left out. */
export function phoneCost(
  ids: readonly string[],
  firstVisit: ReadonlySet<string>,
  isCharacter: (id: string) => boolean,
  bodies: ReadonlyMap<string, Body>,
): { cost: (xy: Float64Array) => number; held: (xy: Float64Array) => number; of: number } {
  const named = ids.flatMap((id, i) => (firstVisit.has(id) && isCharacter(id) ? [i] : []));
  const held = phoneWindowCounter(ids, named, bodies);
  return { cost: (xy) => MISSING_NAME_COST * (named.length - held(xy)), held, of: named.length };
}
