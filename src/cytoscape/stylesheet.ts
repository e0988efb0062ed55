import type { EdgeSingular, StylesheetJson } from 'cytoscape';

import { TIERS } from '../domain/chart';
import type { NameScript } from '../domain/language';
import { LINK_KINDS, NODE_KINDS } from '../domain/schema';
import {
  DIFF_COLORS,
  LINK_STYLES,
  NODE_SHAPES,
  type ThemeColors,
  type ThemeName,
  THEMES,
  TONE_LINES,
  TONES,
} from '../theme/palette';
import { NAME_SIZES } from './nameSizes';

// Captions come from data files too: a long one is cut with "…" rather than drawn across the graph.
/** A link caption on a plain box with a thin border: selection captions on screen and arrow captions in exports. */
const captionBox = (colors: ThemeColors) =>
  ({
    'text-outline-width': 0,
    'text-background-color': colors.background,
    'text-background-opacity': 0.92,
    'text-background-padding': '2px',
    'text-background-shape': 'roundrectangle',
    'text-border-color': colors.group.border,
    'text-border-width': 1,
    'text-border-opacity': 1,
  }) as const;
const LONG_CAPTION = { 'text-wrap': 'ellipsis', 'text-max-width': '220px' } as const;

function buildStylesheet(colors: ThemeColors, labelField: 'label' | 'labelKo', large: boolean): StylesheetJson {
  // Hangul names come with the Korean captions of the data, Latin names with the English ones.
  const captionField = labelField === 'labelKo' ? 'captionKo' : 'caption';
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
        // Names are hidden by class when they would be drawn under 10 px (see nameSizes.ts), never smaller.
        // The second line is the actor; names are already shortened (shortName), so wrapping stays short.
        'text-wrap': 'wrap',
        'text-max-width': '280px',
        'line-height': 1.15,
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
    ...TIERS.map((tier) => ({
      selector: `node.tier-${tier}`,
      style: { 'font-size': NAME_SIZES[tier], ...(tier === 1 ? { 'font-weight': 'bold' as const } : {}) },
    })),
    { selector: 'node.tier-1', style: { width: 34, height: 34 } },
    {
      selector: 'node.is-group',
      style: {
        shape: 'round-rectangle',
        'background-color': colors.group.fill,
        'background-opacity': 1,
        'border-color': colors.group.border,
        'border-width': 1,
        color: colors.group.text,
        'font-size': 12,
        'font-weight': 'bold',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'text-wrap': 'ellipsis',
        'text-max-width': '200px',
        padding: '14px',
      },
    },
    {
      selector: 'node.is-group.is-ungrouped',
      style: { 'background-opacity': 0, 'border-width': 0, label: '', padding: '0px' },
    },
    { selector: 'node.kind-season', style: { width: 40, height: 40, 'font-weight': 'bold' } },
    { selector: 'node.kind-actor', style: { width: 22, height: 18 } },
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
    ...TONES.map((tone) => ({
      selector: `edge.tone-${tone}`,
      style: {
        'line-color': colors.tone[tone],
        'target-arrow-color': colors.tone[tone],
        'line-style': TONE_LINES[tone],
      },
    })),
    { selector: 'edge.is-structural', style: { width: 1, opacity: 0.45 } },
    { selector: 'edge.is-directed', style: { 'target-arrow-shape': 'triangle' } },
    { selector: '.is-hidden', style: { display: 'none' } },
    { selector: 'node.is-path', style: { 'border-color': colors.highlight, 'border-width': 5 } },
    { selector: 'edge.is-path', style: { width: 6, opacity: 1, 'line-color': colors.highlight, 'z-index': 11 } },
    {
      selector: 'edge.is-path',
      style: { label: `data(${captionField})`, 'font-size': 12.5, color: colors.text, ...LONG_CAPTION },
    },
    { selector: 'edge.is-diff-new', style: { width: 5, opacity: 1, 'line-color': DIFF_COLORS.new } },
    { selector: 'edge.is-diff-ended', style: { width: 5, opacity: 0.9, 'line-color': DIFF_COLORS.ended } },
    { selector: 'edge.is-diff-changed', style: { width: 5, opacity: 1, 'line-color': DIFF_COLORS.changed } },
    { selector: '.is-faded', style: { opacity: 0.12 } },
    { selector: '.is-dimmed, .is-path-dimmed', style: { opacity: 0.15 } },
    { selector: 'node.is-group.is-dimmed, node.is-group.is-path-dimmed', style: { opacity: 0.4 } },
    { selector: 'node.is-nameless', style: { label: '' } },
    {
      selector: 'node.is-selected',
      style: { 'border-color': colors.highlight, 'border-width': 5, 'font-weight': 'bold', 'z-index': 10 },
    },
    { selector: 'node.is-hovered', style: { 'border-color': colors.highlight, 'border-width': 4 } },
    { selector: 'edge.is-neighbor', style: { opacity: 1, width: 3.5, 'z-index': 9 } },
    {
      selector: 'edge.is-neighbor',
      style: {
        label: `data(${captionField})`,
        // 12.5 at zoom 1 stays at 10 px or more at the default view's zoom (about 0.8).
        'font-size': 12.5,
        color: colors.text,
        // Level, not along the link: a level box is what declutterCaptions measures, so it can slide
        // a caption along its link instead of hiding it when it meets another.
        ...LONG_CAPTION,
      },
    },
    {
      selector: 'edge.is-neighbor, edge.is-path',
      style: {
        ...captionBox(colors),
      },
    },
    // Captions that would overprint another are slid along their link or hidden (see captions.ts); the
    // card lists them all.
    {
      selector: 'edge[captionDx]',
      style: {
        'text-margin-x': (edge: EdgeSingular) => Number(edge.data('captionDx')),
        'text-margin-y': (edge: EdgeSingular) => Number(edge.data('captionDy')),
      },
    },
    { selector: 'edge.is-caption-hidden', style: { label: '' } },
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
    // An export's "captions on the arrows" (see arrowCaptions.ts): level text on a background; never on screen.
    {
      selector: 'edge.is-export-caption',
      style: {
        label: `data(${captionField})`,
        'font-size': 12.5,
        color: colors.text,
        'text-rotation': 'none',
        ...LONG_CAPTION,
        ...captionBox(colors),
      },
    },
    { selector: 'edge.is-export-caption.is-caption-dropped', style: { label: '' } },
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
