import type { StylesheetJson } from 'cytoscape';

import type { NameScript } from '../domain/language';
import { LINK_KINDS, NODE_KINDS } from '../domain/schema';
import { DIFF_COLORS, LINK_STYLES, NODE_SHAPES, type ThemeColors, type ThemeName, THEMES } from '../theme/palette';

// Captions come from data files too: a long one is cut with "…" rather than drawn across the graph.
const LONG_CAPTION = { 'text-wrap': 'ellipsis', 'text-max-width': '220px' } as const;

function buildStylesheet(colors: ThemeColors, labelField: 'label' | 'labelKo', large: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: `data(${labelField})`,
        'font-family': 'system-ui, "Noto Sans CJK KR", "Noto Sans KR", sans-serif',
        'font-size': 13,
        color: colors.text,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': colors.textOutline,
        'text-outline-width': 2,
        'min-zoomed-font-size': 6,
        // Names come from data files: a very long one ends in "…" instead of covering the graph.
        'text-wrap': 'ellipsis',
        'text-max-width': '280px',
        width: 26,
        height: 26,
        'border-width': 2,
        'border-color': colors.textOutline,
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node.kind-${kind}`,
      style: { shape: NODE_SHAPES[kind], 'background-color': colors.node[kind] },
    })),
    { selector: 'node.kind-season', style: { width: 40, height: 40, 'font-weight': 'bold' } },
    { selector: 'node.kind-actor', style: { width: 22, height: 18, 'font-size': 11 } },
    {
      selector: 'edge',
      style: {
        width: 2.5,
        'curve-style': 'bezier',
        'line-color': colors.structural,
        'target-arrow-color': colors.structural,
        'arrow-scale': 0.9,
        opacity: 0.9,
      },
    },
    ...LINK_KINDS.filter((k) => k in colors.link).map((kind) => ({
      selector: `edge.kind-${kind}`,
      style: {
        'line-color': colors.link[kind as keyof ThemeColors['link']],
        'target-arrow-color': colors.link[kind as keyof ThemeColors['link']],
        'line-style': LINK_STYLES[kind],
      },
    })),
    { selector: 'edge.is-structural', style: { width: 1, opacity: 0.45 } },
    { selector: 'edge.is-directed', style: { 'target-arrow-shape': 'triangle' } },
    { selector: '.is-hidden', style: { display: 'none' } },
    { selector: 'node.is-path', style: { 'border-color': colors.highlight, 'border-width': 5 } },
    { selector: 'edge.is-path', style: { width: 6, opacity: 1, 'line-color': colors.highlight, 'z-index': 11 } },
    {
      selector: 'edge.is-path',
      style: { label: 'data(caption)', 'font-size': 11, color: colors.text, ...LONG_CAPTION },
    },
    { selector: 'edge.is-diff-new', style: { width: 5, opacity: 1, 'line-color': DIFF_COLORS.new } },
    { selector: 'edge.is-diff-ended', style: { width: 5, opacity: 0.9, 'line-color': DIFF_COLORS.ended } },
    { selector: 'edge.is-diff-changed', style: { width: 5, opacity: 1, 'line-color': DIFF_COLORS.changed } },
    { selector: '.is-faded', style: { opacity: 0.12 } },
    {
      selector: 'node.is-selected',
      style: { 'border-color': colors.highlight, 'border-width': 5, 'font-weight': 'bold', 'z-index': 10 },
    },
    { selector: 'node.is-hovered', style: { 'border-color': colors.highlight, 'border-width': 4 } },
    { selector: 'edge.is-neighbor', style: { opacity: 1, width: 3.5, 'z-index': 9 } },
    {
      selector: 'edge.is-neighbor',
      style: {
        label: 'data(caption)',
        'font-size': 10,
        color: colors.text,
        'text-rotation': 'autorotate',
        ...LONG_CAPTION,
      },
    },
    {
      selector: 'edge.is-neighbor',
      style: { 'text-outline-color': colors.textOutline, 'text-outline-width': 2 },
    },
    // Large graphs: straight haystack edges without arrows, and names only once zoomed in enough to read.
    ...(large
      ? [
          {
            selector: 'edge',
            style: { 'curve-style': 'haystack' as const, 'target-arrow-shape': 'none' as const, width: 1 },
          },
          { selector: 'node', style: { 'min-zoomed-font-size': 14, width: 14, height: 14, 'border-width': 0 } },
        ]
      : []),
    // Set for the instant an export without names is drawn (see exportImage.ts); never seen on screen.
    { selector: '.is-unlabelled', style: { label: '' } },
  ];
}

const build = (theme: ThemeName, large: boolean) => ({
  latin: buildStylesheet(THEMES[theme], 'label', large),
  hangul: buildStylesheet(THEMES[theme], 'labelKo', large),
});

/** Module-level constants: react-cytoscapejs restyles everything whenever the stylesheet identity changes. */
const STYLESHEETS = {
  normal: { light: build('light', false), dark: build('dark', false) },
  large: { light: build('light', true), dark: build('dark', true) },
};

export function stylesheetFor(theme: ThemeName, names: NameScript, large: boolean): StylesheetJson {
  return STYLESHEETS[large ? 'large' : 'normal'][theme][names];
}
