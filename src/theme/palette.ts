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
}

export const THEMES: Record<ThemeName, ThemeColors> = {
  light: {
    background: '#ffffff',
    text: '#0f172a',
    textOutline: '#ffffff',
    structural: '#94a3b8',
    highlight: '#f59e0b',
    node: { character: '#2563eb', actor: '#b45309', season: '#7c3aed', location: '#047857' },
    link: { relationship: '#db2777', trauma: '#dc2626', loyalty: '#0e7490' },
  },
  dark: {
    background: '#0f172a',
    text: '#e2e8f0',
    textOutline: '#0f172a',
    structural: '#64748b',
    highlight: '#fbbf24',
    node: { character: '#60a5fa', actor: '#fbbf24', season: '#c4b5fd', location: '#34d399' },
    link: { relationship: '#f472b6', trauma: '#f87171', loyalty: '#22d3ee' },
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
