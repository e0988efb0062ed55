import { useEffect } from 'react';

import { nameIn, titleIn } from './domain/describe';
import type { Language } from './domain/language';
import type { StoryGraph } from './domain/parseGraph';
import type { GraphNode } from './domain/schema';
import { usePrefersDark } from './hooks/usePrefersDark';
import { STRINGS } from './i18n/strings';
import type { ThemeChoice } from './theme/palette';

interface DocumentSettings {
  graph: StoryGraph;
  /** An opened file's name, which the title names instead of the graph's own title; null for the bundled graph. */
  fileName: string | null;
  lang: Language;
  /** The chosen theme; 'system' follows the device. */
  theme: ThemeChoice;
  selected: GraphNode | undefined;
}

/**
 * What the page says about itself outside the app: its language and theme on <html>, and the tab's
 * title in the interface language ("지금 우리 학교는 · 관계도"), naming the selected node when there is
 * one, so that a tab, a bookmark or the history list reads like the page. Returns the theme in force.
 */
export function useDocumentSettings({ graph, fileName, lang, theme: chosen, selected }: DocumentSettings) {
  const systemTheme = usePrefersDark() ? 'dark' : 'light';
  const theme = chosen === 'system' ? systemTheme : chosen;
  const show = fileName ?? titleIn(graph.meta, lang);
  const name = selected ? nameIn(selected, selected.id, lang) : null;
  const title = STRINGS[lang].pageTitle(show, name);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = lang;
  }, [theme, lang]);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return theme;
}
