import type { Core, NodeSingular } from 'cytoscape';

import { NAME_SIZES } from './nameSizes';

/** Model-unit box: left, top, right, bottom. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const PADDING = 30;
/** Mirrors stylesheet.ts: label under the node, 4 units below it, lines 1.15 high, wrapped at 280 px. */
const LABEL_GAP = 4;
const LINE_HEIGHT = 1.15;
const MAX_LABEL_WIDTH = 280;
/** Group boxes: 14 px padding around their members and a 12 px bold title above. */
const GROUP_PADDING = 14;
const GROUP_TITLE = 18;

/** Hangul, kana and CJK ideographs are about one em wide; Latin letters about 0.56 em on average. */
const emWidth = (char: string) => ((char.codePointAt(0) ?? 0) >= 0x1100 ? 1 : 0.56);

/** Width and height of a name as Cytoscape will wrap and draw it, estimated from its letters alone. */
export function labelSize(text: string, fontSize: number): { w: number; h: number } {
  if (text === '') return { w: 0, h: 0 };
  let lines = 0;
  let w = 0;
  for (const line of text.split('\n')) {
    const width = [...line].reduce((sum, char) => sum + emWidth(char), 0) * fontSize;
    lines += Math.max(1, Math.ceil(width / MAX_LABEL_WIDTH));
    w = Math.max(w, Math.min(width, MAX_LABEL_WIDTH));
  }
  return { w, h: lines * fontSize * LINE_HEIGHT };
}

/** The box a node and the name under it take, from its position, its half size and its label. */
export function nodeBox(x: number, y: number, half: number, label: { w: number; h: number }): Box {
  const halfWidth = Math.max(half, label.w / 2);
  return {
    x1: x - halfWidth,
    x2: x + halfWidth,
    y1: y - half,
    y2: y + half + (label.h > 0 ? LABEL_GAP + label.h : 0),
  };
}

export const union = (boxes: Box[]): Box | null =>
  boxes.length === 0
    ? null
    : boxes.reduce((a, b) => ({
        x1: Math.min(a.x1, b.x1),
        y1: Math.min(a.y1, b.y1),
        x2: Math.max(a.x2, b.x2),
        y2: Math.max(a.y2, b.y2),
      }));

/** The zoom and pan that centre `box` in a `width` × `height` view with `padding` around it, as `cy.fit` does. */
export function fitBox(box: Box, width: number, height: number, maxZoom: number, padding = PADDING) {
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h, maxZoom);
  return {
    zoom,
    pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 },
  };
}

/** Node half sizes by class, as the stylesheet sets them (large graphs draw every node 14 wide). */
function halfSize(node: NodeSingular, large: boolean): number {
  if (large) return 7;
  if (node.hasClass('kind-season')) return 20;
  if (node.hasClass('tier-1')) return 17;
  return 13;
}

const fontSize = (node: NodeSingular) =>
  node.hasClass('tier-1') ? NAME_SIZES[1] : node.hasClass('tier-2') ? NAME_SIZES[2] : NAME_SIZES[3];

/**
 * The first view: every shown node and its name in the canvas, computed from positions and the
 * names' letters. `cy.fit` would measure every element's style and label first, which on a fresh
 * canvas is the whole style pass done once more before the first frame draws it again.
 */
export function startView(cy: Core, labelField: 'label' | 'labelKo', large: boolean): void {
  const shown = cy.nodes().not('.is-hidden');
  const boxes = new Map<string, Box[]>();
  const loose: Box[] = [];
  shown.not('.is-group').forEach((node) => {
    const { x, y } = node.position();
    const named = !node.hasClass('is-nameless');
    const label = named ? labelSize(String(node.data(labelField) ?? node.data('label') ?? ''), fontSize(node)) : null;
    const box = nodeBox(x, y, halfSize(node, large), label ?? { w: 0, h: 0 });
    const parent = node.data('parent') as string | undefined;
    if (parent === undefined) loose.push(box);
    else if (boxes.has(parent)) boxes.get(parent)!.push(box);
    else boxes.set(parent, [box]);
  });
  const framed = [...loose];
  for (const [id, members] of boxes) {
    const inner = union(members)!;
    const drawn = !cy.getElementById(id).hasClass('is-ungrouped');
    const pad = drawn ? GROUP_PADDING : 0;
    framed.push({
      x1: inner.x1 - pad,
      x2: inner.x2 + pad,
      y1: inner.y1 - pad - (drawn ? GROUP_TITLE : 0),
      y2: inner.y2 + pad,
    });
  }
  const box = union(framed);
  if (box === null || cy.width() === 0) return;
  cy.viewport(fitBox(box, cy.width(), cy.height(), cy.maxZoom()));
}
