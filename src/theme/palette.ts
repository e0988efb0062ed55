import type { LinkKind, NodeKind } from '../domain/schema';

/**
 * Colours and shapes shared by the graph stylesheet and the HTML legend, so the two never disagree.
 * Every colour pair was picked for contrast on its own background (light and dark).
 */
export const THEME_NAMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];
/** What the settings offer: a theme, or following the system. */
export const THEME_CHOICES = ['system', ...THEME_NAMES] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export interface ThemeColors {
  background: string;
  text: string;
  textOutline: string;
  structural: string;
  highlight: string;
  node: Record<NodeKind, string>;
  link: Record<Exclude<LinkKind, 'plays' | 'appears-in' | 'tied-to'>, string>;
  /** One colour per story tone (see `linkTone`); checked for red–green colour blindness in docs/palette.md. */
  tone: Record<Tone, string>;
  /** Frame and title of a group box. */
  group: { fill: string; border: string; text: string };
}

/**
 * The seven ways a story link is drawn: what a fan tells apart at a glance (love, blood, friends,
 * rivals, bullies, harm, loyalty). Colours follow Okabe & Ito's colour-blind-safe set.
 */
export const TONES = ['romance', 'family', 'friendship', 'rivalry', 'bullying', 'trauma', 'loyalty'] as const;
export type Tone = (typeof TONES)[number];

const RELATIONSHIP_TONE: Record<string, Tone> = {
  romance: 'romance',
  crush: 'romance',
  family: 'family',
  rivalry: 'rivalry',
  bullying: 'bullying',
};

/** The tone of a story link; ties without a tone of their own (classmates, teacher…) read as friendship. */
export function linkTone(kind: string, type: string | undefined): Tone | null {
  if (kind === 'trauma') return type === 'bullied' ? 'bullying' : 'trauma';
  if (kind === 'loyalty') return 'loyalty';
  if (kind !== 'relationship') return null;
  return RELATIONSHIP_TONE[type ?? ''] ?? 'friendship';
}

export const TONE_LINES: Record<Tone, 'solid' | 'dashed' | 'dotted'> = {
  romance: 'solid',
  family: 'solid',
  friendship: 'solid',
  rivalry: 'dashed',
  bullying: 'solid',
  trauma: 'dashed',
  loyalty: 'dotted',
};

export const THEMES: Record<ThemeName, ThemeColors> = {
  light: {
    background: '#ffffff',
    text: '#0f172a',
    textOutline: '#ffffff',
    structural: '#94a3b8',
    highlight: '#f59e0b',
    node: { character: '#2563eb', actor: '#b45309', season: '#7c3aed', location: '#047857' },
    link: { relationship: '#db2777', trauma: '#dc2626', loyalty: '#0e7490' },
    tone: {
      romance: '#c0468f',
      family: '#007a5a',
      friendship: '#0072b2',
      rivalry: '#b87800',
      bullying: '#a0522d',
      trauma: '#d55e00',
      loyalty: '#4b5563',
    },
    group: { fill: '#f1f5f9', border: '#cbd5e1', text: '#475569' },
  },
  dark: {
    background: '#0f172a',
    text: '#e2e8f0',
    textOutline: '#0f172a',
    structural: '#64748b',
    highlight: '#fbbf24',
    node: { character: '#60a5fa', actor: '#fbbf24', season: '#c4b5fd', location: '#34d399' },
    link: { relationship: '#f472b6', trauma: '#f87171', loyalty: '#22d3ee' },
    tone: {
      romance: '#e58fc0',
      family: '#2fc79a',
      friendship: '#56b4e9',
      rivalry: '#e6b800',
      bullying: '#d9946a',
      trauma: '#ff7a3d',
      loyalty: '#cbd5e1',
    },
    group: { fill: '#172033', border: '#334155', text: '#94a3b8' },
  },
};

/** Cytoscape shape names per node kind (also drawn as SVG in the legend). */
export const NODE_SHAPES: Record<NodeKind, 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon'> = {
  character: 'ellipse',
  actor: 'round-rectangle',
  season: 'diamond',
  location: 'hexagon',
};

export const LINK_STYLES: Record<LinkKind, 'solid' | 'dashed' | 'dotted'> = {
  relationship: 'solid',
  trauma: 'dashed',
  loyalty: 'dotted',
  plays: 'solid',
  'appears-in': 'solid',
  'tied-to': 'solid',
};

/** Season-diff highlight colours, readable on both backgrounds. */
export const DIFF_COLORS = { new: '#16a34a', ended: '#9ca3af', changed: '#f97316' } as const;
