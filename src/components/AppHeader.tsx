import type { ReactNode, RefObject } from 'react';

import { titleIn } from '../domain/describe';
import type { Filters } from '../domain/filters';
import type { StoryGraph } from '../domain/parseGraph';
import type { Cursor, CursorOption } from '../domain/spoiler';
import type { NameChoice, SeasonChoice } from '../domain/storyView';
import { useStrings } from '../i18n/StringsContext';
import { SearchBox, Settings, Toolbar } from './guardedPanels';
import { SeasonFilter } from './SeasonFilter';
import type { SettingsValues } from './Settings';
import { SpoilerCursor } from './SpoilerCursor';

interface Props {
  /** The show's titles, for the bar's heading. */
  meta: Pick<StoryGraph['meta'], 'title' | 'titleKo'>;
  /** The season filter's choices at the spoiler cursor (the story view's). */
  seasonChoices: readonly SeasonChoice[];
  state: SettingsValues & { filters: Filters };
  touch: boolean;
  /** ≤ 600 px (phone) the bar's words take their short forms, < 1024 px (narrow) its watched-up-to
   * choices too; ≥ 1280 px (wide) the season choice and the export button sit in the bar, not in the
   * menu; only ≥ 1600 px (roomy) is there room for every long word. */
  room: { phone: boolean; wide: boolean; roomy: boolean; narrow: boolean };
  search: (query: string) => NameChoice[];
  /** The search input, for the "/" shortcut. */
  searchRef: RefObject<HTMLInputElement | null>;
  cursorChoices: readonly CursorOption[];
  exportBusy: boolean;
  canvasReady: boolean;
  openButton: ReactNode;
  onChoose: (id: string) => void;
  onSeason: (season: string | null) => void;
  onCursor: (cursor: Cursor | null) => void;
  onSettings: (change: Partial<SettingsValues>) => void;
  onRelayout: () => void;
  onExport: () => void;
}

/**
 * Seasons the bar holds beside everything else at 1280 px (with "All seasons": two, as the shipped show
 * has); a graph with more keeps its season choice in the menu, where it cannot push the export button
 * and the menu off the screen.
 */
const BAR_SEASONS = 2;

/** One row at every width: title, search, "I've watched up to", and the rest behind the menu. */
export function AppHeader(props: Props) {
  const { meta, state } = props;
  const strings = useStrings();
  const { phone, wide, roomy, narrow } = props.room;
  // "(press /)" only where the bar has room for it; the shortcut is also announced (aria-keyshortcuts).
  const placeholder = phone
    ? strings.searchHintPhone
    : props.touch || !roomy
      ? strings.searchHintTouch
      : strings.searchHint;
  return (
    <header className="app-header">
      <h1 title={[meta.title, meta.titleKo].filter(Boolean).join(' ')}>
        {state.lang === 'ko' && meta.titleKo ? (
          // The Korean interface leads with the show's Korean title.
          <>
            <span lang="ko">{meta.titleKo}</span>
            <span lang="en" className="title-ko">
              {' '}
              {meta.title}
            </span>
          </>
        ) : (
          <>
            {meta.title}
            {meta.titleKo && (
              <span lang="ko" className="title-ko">
                {' '}
                {meta.titleKo}
              </span>
            )}
          </>
        )}
      </h1>
      <SearchBox
        search={props.search}
        touch={props.touch}
        placeholder={placeholder}
        inputRef={props.searchRef}
        onChoose={props.onChoose}
      />
      <SpoilerCursor
        options={props.cursorChoices}
        value={state.filters.cursor}
        shortLabel={!roomy}
        shortChoices={phone || narrow}
        onChange={props.onCursor}
      />
      <Toolbar
        wide={wide}
        seasonInBar={wide && props.seasonChoices.length <= BAR_SEASONS}
        busy={props.exportBusy}
        canvasReady={props.canvasReady}
        onRelayout={props.onRelayout}
        onExport={props.onExport}
        season={
          <SeasonFilter
            choices={props.seasonChoices}
            value={state.filters.season}
            short={!roomy}
            onChange={props.onSeason}
          />
        }
        open={props.openButton}
        settings={
          <Settings
            view={state.view}
            theme={state.theme}
            lang={state.lang}
            names={state.names}
            title={titleIn(meta, state.lang)}
            onChange={props.onSettings}
          />
        }
      />
    </header>
  );
}
