import { useQuery } from '@tanstack/react-query';

import { StatusMessage } from './components/StatusMessage';
import { graphQueryOptions } from './data/graphQuery';
import { GraphDataError } from './domain/problems';
import { Explorer } from './Explorer';
import { STRINGS } from './i18n/strings';
import { useFontsReady } from './state/useFontsReady';

// Before the graph (and so the explorer state) is loaded, the language comes straight from the URL.
const openingStrings = () =>
  new URLSearchParams(window.location.search).get('lang') === 'ko' ? STRINGS.ko : STRINGS.en;

/** Load -> validate -> explore; loading and errors always say what is happening. */
export function App() {
  const query = useQuery(graphQueryOptions());
  const fontsReady = useFontsReady();
  const strings = openingStrings();

  if (query.isPending || (query.isSuccess && !fontsReady)) {
    return <StatusMessage tone="loading" title={strings.loading} strings={strings} />;
  }
  if (query.isError) {
    const { error } = query;
    return (
      <StatusMessage
        tone="error"
        title={strings.loadFailed}
        detail={error.message}
        problems={error instanceof GraphDataError ? error.problems : undefined}
        onRetry={() => void query.refetch()}
        strings={strings}
      />
    );
  }
  return <Explorer key={query.dataUpdatedAt} graph={query.data} />;
}
