import { ExplorerBoundary } from './components/ExplorerBoundary';
import { DropOverlay, OpenFeedback } from './components/OpenFeedback';
import { OpenGraphButton } from './components/OpenGraphButton';
import { StatusMessage } from './components/StatusMessage';
import { useGraphSource } from './data/useGraphSource';
import { Explorer } from './Explorer';
import { useFileDrop } from './hooks/useFileDrop';
import { useFontsReady } from './hooks/useFontsReady';
import { describeError } from './i18n/describeError';
import { STRINGS } from './i18n/strings';
import { StringsContext } from './i18n/StringsContext';
import { formatBytes, MAX_FILE_BYTES } from './io/readText';

const LIMIT = formatBytes(MAX_FILE_BYTES);

/** Load (bundled, `?data=` or an opened file) -> validate -> explore; loading and errors always say what is happening. */
export function App() {
  const source = useGraphSource();
  const fontsReady = useFontsReady();
  // The explorer's language lives in the URL; messages shown before or around it follow it too.
  const strings = STRINGS[new URLSearchParams(window.location.search).get('lang') === 'ko' ? 'ko' : 'en'];
  const dragging = useFileDrop(source.openFile);
  const { query, graph, name, status } = source;

  // Drawn inside the explorer too, where it speaks the explorer's language (its StringsContext).
  const openButton = <OpenGraphButton limit={LIMIT} onFile={source.openFile} />;
  let body;
  if (graph && fontsReady) {
    body = (
      <ExplorerBoundary
        resetKey={source.key}
        probe={`explorer:${graph.meta.title}`}
        onCrash={source.fallBack}
        fallback={<StatusMessage tone="error" title={strings.drawFailedNoFallback} actions={openButton} />}
      >
        <Explorer key={source.key} graph={graph} fileName={name} openButton={openButton} />
      </ExplorerBoundary>
    );
  } else if (!graph && query.isError) {
    body = (
      <StatusMessage
        tone="error"
        title={strings.loadFailed}
        {...describeError(query.error, strings)}
        onRetry={() => void query.refetch()}
        actions={
          <>
            {source.backToBundled && (
              <button type="button" onClick={source.backToBundled}>
                {strings.useBundled}
              </button>
            )}
            {openButton}
          </>
        }
      />
    );
  } else {
    body = <StatusMessage tone="loading" title={strings.loading} />;
  }
  return (
    <StringsContext value={strings}>
      {body}
      <OpenFeedback
        opening={status.state === 'opening' ? status.name : null}
        failure={status.state === 'failed' ? { name: status.name, ...describeError(status.error, strings) } : null}
        onDismiss={source.dismiss}
      />
      {dragging && <DropOverlay text={strings.dropHere(LIMIT)} />}
    </StringsContext>
  );
}
