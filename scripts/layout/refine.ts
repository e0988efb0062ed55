import { seededRandom } from './seeded';

export type Positions = Map<string, { x: number; y: number }>;

/** A drawing's verdict: `ok` when it breaks no rule (overprints, small names); `cost` to lower, broken rules first. */
export interface Verdict {
  ok: boolean;
  cost: number;
}

export interface RefineOptions {
  seed: number;
  steps: number;
  /** Each node's story neighbours (by index): a node often finds its best spot next to one of them. */
  neighbours: readonly (readonly number[])[];
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Simulated annealing on node positions after fcose: moves one node (anywhere in the drawing, next to
 * a neighbour, or a little), or swaps two, on coordinates [x0, y0, x1, y1, …], and keeps a move when the drawing still breaks no hard rule
 * and its cost fell, or rose by little while the search is still hot. Forces cannot count crossings;
 * this search counts them exactly, with the same measure the benchmark reports.
 */
export function refine(start: Float64Array, judge: (xy: Float64Array) => Verdict, options: RefineOptions) {
  const random = seededRandom(options.seed);
  const n = start.length / 2;
  let current = Float64Array.from(start);
  let verdict = judge(current);
  let best = { xy: Float64Array.from(current), verdict };
  const next = new Float64Array(start.length);
  const pick = (count: number) => Math.floor(random() * count);
  for (let step = 0; step < options.steps; step += 1) {
    const heat = 40 * (1 - step / options.steps) ** 2;
    next.set(current);
    const i = pick(n);
    const kind = random();
    if (kind < 0.15) {
      const j = pick(n);
      next[2 * i] = current[2 * j]!;
      next[2 * i + 1] = current[2 * j + 1]!;
      next[2 * j] = current[2 * i]!;
      next[2 * j + 1] = current[2 * i + 1]!;
    } else {
      let x: number;
      let y: number;
      const near = options.neighbours[i]!;
      if (kind < 0.4) {
        let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
        for (let k = 0; k < n; k += 1) {
          x1 = Math.min(x1, current[2 * k]!);
          x2 = Math.max(x2, current[2 * k]!);
          y1 = Math.min(y1, current[2 * k + 1]!);
          y2 = Math.max(y2, current[2 * k + 1]!);
        }
        x = x1 + random() * (x2 - x1);
        y = y1 + random() * (y2 - y1);
      } else if (kind < 0.7 && near.length > 0) {
        const anchor = near[pick(near.length)]!;
        const angle = random() * 2 * Math.PI;
        const distance = 70 + random() * 130;
        x = current[2 * anchor]! + Math.cos(angle) * distance;
        y = current[2 * anchor + 1]! + Math.sin(angle) * distance;
      } else {
        const reach = 10 + random() * 60;
        x = current[2 * i]! + (random() - 0.5) * 2 * reach;
        y = current[2 * i + 1]! + (random() - 0.5) * 2 * reach;
      }
      next[2 * i] = round(x);
      next[2 * i + 1] = round(y);
    }
    const tried = judge(next);
    const rise = tried.cost - verdict.cost;
    if (rise <= 0 || (heat > 0 && random() < Math.exp(-rise / heat))) {
      current = Float64Array.from(next);
      verdict = tried;
      if (verdict.cost < best.verdict.cost) best = { xy: Float64Array.from(current), verdict };
    }
  }
  return best;
}
