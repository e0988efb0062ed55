import { type Scene, sceneBox, type SceneNode } from '../../bench/readability/geometry';
import type { Visibility } from '../../src/domain/filters';
import type { StoryGraph } from '../../src/domain/parseGraph';
import { STORY_LINK_KINDS } from '../../src/domain/schema';
import { LABEL_GAP, type LabelSize } from './labels';

export interface Body {
  /** Body diameter at zoom 1. */
  size: number;
  label: LabelSize;
}

const STORY: ReadonlySet<string> = new Set(STORY_LINK_KINDS);
/** cy.fit's padding in the app. */
const PADDING = 30;

/** A node and its label at zoom 1, in model coordinates, centred on the body. */
function modelNode(id: string, p: { x: number; y: number }, body: Body, named: boolean, zoom = 1): SceneNode {
  const r = (body.size / 2) * zoom;
  const fontPx = body.label.font * zoom;
  const top = p.y + r + LABEL_GAP * zoom;
  const w = (body.label.width * zoom) / 2;
  // Names that would be under 10 px are not drawn (nameSizes.ts), so they cannot overlap anything.
  const drawn = fontPx >= 10 - 1e-6;
  return {
    id,
    x: p.x,
    y: p.y,
    r,
    fontPx,
    named,
    ...(drawn ? { label: { x1: p.x - w, x2: p.x + w, y1: top, y2: top + body.label.height * zoom } } : {}),
  };
}

/**
 * The picture the app shows for `visible` on a canvas of `width × height`: the positions fitted the
 * way `cy.fit` does, names drawn only at 10 px or more.
 */
export function fittedScene(
  graph: StoryGraph,
  visible: Visibility,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  bodies: ReadonlyMap<string, Body>,
  canvas: { width: number; height: number },
): Scene {
  const ids = [...visible.nodes].filter((id) => positions.has(id) && bodies.has(id));
  const isNamed = (id: string) => graph.nodeById.get(id)?.kind === 'character';
  const model = ids.map((id) => modelNode(id, positions.get(id)!, bodies.get(id)!, isNamed(id)));
  const box = sceneBox(model) ?? { x1: 0, y1: 0, x2: 1, y2: 1 };
  const zoom = Math.min(
    (canvas.width - 2 * PADDING) / Math.max(box.x2 - box.x1, 1),
    (canvas.height - 2 * PADDING) / Math.max(box.y2 - box.y1, 1),
  );
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  const nodes = ids.map((id) => {
    const p = positions.get(id)!;
    const screen = { x: canvas.width / 2 + (p.x - cx) * zoom, y: canvas.height / 2 + (p.y - cy) * zoom };
    return modelNode(id, screen, bodies.get(id)!, isNamed(id), zoom);
  });
  const links = [...visible.links].flatMap((id) => {
    const link = graph.linkById.get(id);
    return link ? [{ source: link.source, target: link.target, story: STORY.has(link.kind) }] : [];
  });
  return { nodes, links, canvas };
}
