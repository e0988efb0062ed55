import { FocusBar } from './components/FocusBar';
import { Welcome } from './components/Welcome';
import { nameIn, titleIn } from './domain/describe';
import { hasEpisodes } from './domain/spoiler';
import { useExplorerContext } from './ExplorerContext';
import { useStrings } from './i18n/StringsContext';

/** What sits between the bar and the chart: the welcome question, a note on a bad address, the focus bar. */
export function ExplorerNotices() {
  const { graph, state, ignored, model, act } = useExplorerContext();
  const asking = state.cursorFrom === 'unasked' && hasEpisodes(graph.seasons);
  const strings = useStrings();
  const { focus } = state.filters;
  return (
    <>
      {asking && (
        <Welcome title={titleIn(graph.meta, state.lang)} options={model.cursorChoices} onAnswer={act.chooseCursor} />
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
          onLeave={act.leaveFocus}
        />
      )}
    </>
  );
}
