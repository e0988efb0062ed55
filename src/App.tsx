import { useQuery } from '@tanstack/react-query';

import { StatusMessage } from './components/StatusMessage';
import { graphQueryOptions } from './data/graphQuery';
import { GraphDataError } from './domain/problems';
import { Explorer } from './Explorer';
import { useFontsReady } from './state/useFontsReady';

/** Load -> validate -> explore; loading and errors always say what is happening. */
export function App() {
  const query = useQuery(graphQueryOptions());
  const fontsReady = useFontsReady();

  if (query.isPending || (query.isSuccess && !fontsReady)) {
    return <StatusMessage tone="loading" title="Loading the graph…" />;
  }
  if (query.isError) {
    const { error } = query;
    return (
      <StatusMessage
        tone="error"
        title="The graph could not be loaded"
        detail={error.message}
        problems={error instanceof GraphDataError ? error.problems : undefined}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <Explorer key={query.dataUpdatedAt} graph={query.data} />;
}
