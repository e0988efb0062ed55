import type { NodeSingular } from 'cytoscape';

import { overlaps } from './exportGeometry';
import { labelBox } from './labelBox';

type Place = Record<string, string | number>;

/** One way of drawing a name: where around the node, and the label itself when it is shortened. */
export interface NameChoice {
  place: Place;
  label: string | null;
}

export const PLACE_PROPS = 'text-valign text-halign text-margin-x text-margin-y label';

/**
 * Where a name may sit around its node, tried in this order: under it (as on screen), then under and
 * above slid sideways by up to half its width, then beside it slid up or down, then at its corners,
 * touching the node. `far`: only under or above it, half a line off (a lead's last resort: a name
 * further off may be read as its neighbour's).
 */
function placesAround(width: number, height: number, far: boolean): Place[] {
  const slides = [0, -0.25, 0.25, -0.45, 0.45];
  const across = (valign: string, marginY: number) =>
    slides.map((f) => ({
      'text-valign': valign,
      'text-halign': 'center',
      'text-margin-x': f * width,
      'text-margin-y': marginY,
    }));
  const beside = (halign: string, marginX: number) =>
    slides.map((f) => ({
      'text-valign': 'center',
      'text-halign': halign,
      'text-margin-x': marginX,
      'text-margin-y': 2 * f * height,
    }));
  const corners = ['top', 'bottom'].flatMap((valign) =>
    ['left', 'right'].map((halign) => ({
      'text-valign': valign,
      'text-halign': halign,
      'text-margin-x': 0,
      'text-margin-y': 0,
    })),
  );
  if (far) return [...across('bottom', 4 + height / 2), ...across('top', -4 - height / 2)];
  return [{}, ...across('bottom', 4), ...across('top', -4), ...beside('right', 6), ...beside('left', -6), ...corners];
}

export function applyChoice(node: NodeSingular, choice: NameChoice): void {
  node.removeStyle(PLACE_PROPS);
  node.style({ ...choice.place, ...(choice.label === null ? {} : { label: choice.label }) });
}

/**
 * Every way to draw the name, in order of preference: the full name (with the actor's line) around its
 * node, then the character's name alone in the same places, so a lead in a crowded centre keeps a
 * name rather than losing it to a quieter neighbour.
 */
function* choices(node: NodeSingular, full: string, far = false): Generator<NameChoice> {
  const nameOnly = full.split('\n')[0] ?? full;
  for (const label of nameOnly === full ? [null] : [null, nameOnly]) {
    applyChoice(node, { place: {}, label });
    const { w, h } = labelBox(node);
    for (const place of placesAround(w, h, far)) yield { place, label };
  }
}

/** Which placed names the node's name would cover, and whether it would cover another node. */
export function clashesOf(node: NodeSingular, placed: readonly NodeSingular[], bodies: readonly NodeSingular[]) {
  const box = labelBox(node);
  return {
    names: placed.filter((k) => k.id() !== node.id() && overlaps(labelBox(k), box)),
    body: bodies.some((b) => b.id() !== node.id() && overlaps(b.boundingBox({ includeLabels: false }), box)),
  };
}

/** Whether a node's name, where it is now, covers no placed name and no other node. */
export const freeAmong =
  (placed: readonly NodeSingular[], bodies: readonly NodeSingular[]) =>
  (node: NodeSingular): boolean => {
    const c = clashesOf(node, placed, bodies);
    return !c.body && c.names.length === 0;
  };

/** Leaves the node styled at its first free place and returns that choice, or null (name left unstyled). */
export function placeName(
  node: NodeSingular,
  full: string,
  isFree: (node: NodeSingular) => boolean,
  far = false,
): NameChoice | null {
  for (const choice of choices(node, full, far)) {
    applyChoice(node, choice);
    if (isFree(node)) return choice;
  }
  node.removeStyle(PLACE_PROPS);
  return null;
}

/**
 * A name with no free place may still take one held by a single other name, if that name can move to
 * another free place of its own. Updates `placed` and `chosen` when it succeeds.
 */
export function makeRoom(
  node: NodeSingular,
  fullOf: (node: NodeSingular) => string,
  placed: NodeSingular[],
  bodies: readonly NodeSingular[],
  chosen: Map<string, NameChoice>,
): boolean {
  const isFree = freeAmong(placed, bodies);
  for (const choice of choices(node, fullOf(node))) {
    applyChoice(node, choice);
    const { names, body } = clashesOf(node, placed, bodies);
    const other = names[0];
    if (body || names.length !== 1 || !other) continue;
    const before = chosen.get(other.id());
    placed.splice(placed.indexOf(other), 1, node);
    const moved = placeName(other, fullOf(other), isFree);
    if (moved) {
      placed.push(other);
      chosen.set(other.id(), moved);
      chosen.set(node.id(), choice);
      return true;
    }
    placed.splice(placed.indexOf(node), 1, other);
    if (before) applyChoice(other, before);
  }
  node.removeStyle(PLACE_PROPS);
  return false;
}
