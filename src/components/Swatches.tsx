import { NODE_SHAPES } from '../theme/palette';

const SHAPE_POINTS = {
  diamond: '9,1 17,9 9,17 1,9',
  hexagon: '5,1.5 13,1.5 17,9 13,16.5 5,16.5 1,9',
} as const;

const DASHES = { solid: undefined, dashed: '6 4', dotted: '1.5 3.5' } as const;

/** The node shape as drawn on the graph, in SVG. */
export function NodeSwatch({ shape, color }: { shape: (typeof NODE_SHAPES)[keyof typeof NODE_SHAPES]; color: string }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      {shape === 'ellipse' && <circle cx="9" cy="9" r="8" fill={color} />}
      {shape === 'round-rectangle' && <rect x="1" y="3" width="16" height="12" rx="3" fill={color} />}
      {(shape === 'diamond' || shape === 'hexagon') && <polygon points={SHAPE_POINTS[shape]} fill={color} />}
    </svg>
  );
}

/** A link's colour and line style, in SVG. */
export function LineSwatch({ color, style, thin }: { color: string; style: keyof typeof DASHES; thin: boolean }) {
  return (
    <svg width="28" height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={color}
        strokeWidth={thin ? 1.5 : 2.5}
        strokeDasharray={DASHES[style]}
      />
    </svg>
  );
}
