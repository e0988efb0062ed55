import { FocusBar } from './components/FocusBar';
import { Welcome } from './components/Welcome';
import { nameIn } from './domain/describe';
import type { StoryGraph } from './domain/parseGraph';
import type { Cursor, CursorOption } from './domain/spoiler';
import { useStrings } from './i18n/StringsContext';
import type { ExplorerState } from './state/explorerState';

interface Props {
  graph: StoryGraph;
  state: ExplorerState;
  /** The first visit's question ("Where are you in the show?") is open. */
  asking: boolean;
  cursorChoices: readonly CursorOption[];
  /** Link settings of the address that were not understood. */
  ignored: readonly string[];
  onAnswer: (cursor: Cursor | null) => void;
  onLeaveFocus: () => void;
}

/** What sits between the bar and the chart: the welcome question, a note on a bad address, the focus bar. */
export function ExplorerNotices({ graph, state, asking, ignored, ...p }: Props) {
  const strings = useStrings();
  const { focus } = state.filters;
  return (
    <>
      {asking && (
        <Welcome
          title={(state.lang === 'ko' && graph.meta.titleKo) || graph.meta.title}
          options={p.cursorChoices}
          onAnswer={p.onAnswer}
        />
      )}
      {ignored.length > 0 && (
        <p className="url-note" role="status">
          {strings.ignoredParams(ignored.join(', '))}
        </p>
      )}
      {focus && (
        <FocusBar
          name={nameIn(graph.nodeById.get(focus.id), focus.id, state.lang)}
          depth={focus.depth}
          onLeave={p.onLeaveFocus}
        />
      )}
    </>
  );
}
