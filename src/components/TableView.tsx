import type { CharacterRow, LinkRow } from '../domain/table';
import { useStrings } from '../i18n/StringsContext';
import { SortableTable } from './SortableTable';

interface Props {
  characters: readonly CharacterRow[];
  links: readonly LinkRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The graph as two tables, always in sync with every filter: the accessible twin of the canvas. */
export function TableView({ characters, links, selectedId, onSelect }: Props) {
  const strings = useStrings();
  return (
    <div className="table-view" role="region" aria-label={strings.viewTable}>
      <SortableTable
        caption={strings.characters}
        rows={characters}
        selectedId={selectedId}
        rowTarget={(row) => row.id}
        onSelect={onSelect}
        columns={[
          { key: 'name', label: strings.columns.name },
          { key: 'nameKo', label: strings.hangul },
          { key: 'group', label: strings.columns.group },
          { key: 'status', label: strings.columns.status },
          { key: 'links', label: strings.links },
        ]}
      />
      <SortableTable
        caption={strings.links}
        rows={links}
        selectedId={selectedId}
        rowTarget={(row) => row.source}
        onSelect={onSelect}
        columns={[
          { key: 'sentence', label: strings.columns.link },
          { key: 'kind', label: strings.columns.kind },
          { key: 'when', label: strings.columns.when },
          { key: 'certainty', label: strings.certaintyColumn },
          { key: 'sources', label: strings.sources },
        ]}
      />
    </div>
  );
}
