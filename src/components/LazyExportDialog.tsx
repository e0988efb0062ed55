import { type ComponentProps, lazy, Suspense } from 'react';

import type { ExportDialog as Dialog } from './ExportDialog';

// The dialog, its form and its image composition load on first use, out of the initial download.
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

export function LazyExportDialog(props: ComponentProps<typeof Dialog>) {
  return (
    <Suspense fallback={null}>
      <ExportDialog {...props} />
    </Suspense>
  );
}
