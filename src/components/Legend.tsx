import { LINK_KIND_LABELS, NODE_KIND_LABELS } from '../domain/describe';
import { NODE_KINDS, STORY_LINK_KINDS } from '../domain/schema';
import { LINK_STYLES, NODE_SHAPES, type ThemeColors } from '../theme/palette';

const SHAPE_POINTS = {
  diamond: '9,1 17,9 9,17 1,9',
  hexagon: '5,1.5 13,1.5 17,9 13,16.5 5,16.5 1,9',
} as const;

const DASHES = { solid: undefined, dashed: '6 4', dotted: '1.5 3.5' } as const;

function NodeSwatch({ shape, color }: { shape: (typeof NODE_SHAPES)[keyof typeof NODE_SHAPES]; color: string }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      {shape === 'ellipse' && <circle cx="9" cy="9" r="8" fill={color} />}
      {shape === 'round-rectangle' && <rect x="1" y="3" width="16" height="12" rx="3" fill={color} />}
      {(shape === 'diamond' || shape === 'hexagon') && <polygon points={SHAPE_POINTS[shape]} fill={color} />}
    </svg>
  );
}

/** What the shapes, colours and line styles on the graph mean, drawn from the same palette. */
export function Legend({ colors }: { colors: ThemeColors }) {
  return (
    <section className="legend" aria-label="Legend">
      <h2>Legend</h2>
      <ul>
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <NodeSwatch shape={NODE_SHAPES[kind]} color={colors.node[kind]} />
            {NODE_KIND_LABELS[kind]}
          </li>
        ))}
        {STORY_LINK_KINDS.map((kind) => (
          <li key={kind}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                stroke={colors.link[kind]}
                strokeWidth="2.5"
                strokeDasharray={DASHES[LINK_STYLES[kind]]}
              />
            </svg>
            {LINK_KIND_LABELS[kind]} <span className="legend-hint">({LINK_STYLES[kind]})</span>
          </li>
        ))}
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="27" y2="5" stroke={colors.structural} strokeWidth="1.5" />
          </svg>
          Cast, season, place
        </li>
      </ul>
    </section>
  );
}
