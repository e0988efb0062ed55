import { LINK_KIND_LABELS, type LinkLine, NODE_KIND_LABELS } from '../domain/describe';
import type { GraphNode } from '../domain/schema';

interface Props {
  node: GraphNode | null;
  lines: readonly LinkLine[];
  onSelect: (id: string) => void;
  onClose: () => void;
}

/** Name, kind and visible links of the selected node; each linked name selects that node. */
export function DetailsPanel({ node, lines, onSelect, onClose }: Props) {
  if (!node) {
    return (
      <aside className="details-panel" aria-label="Details">
        <p className="hint">Click a node to see who it is and how it is linked. Hover to highlight its neighbours.</p>
      </aside>
    );
  }
  return (
    <aside className="details-panel" aria-label="Details">
      <header>
        <h2>
          {node.label}
          {node.labelKo && node.labelKo !== node.label && (
            <span className="name-ko" lang="ko">
              {' '}
              {node.labelKo}
            </span>
          )}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      <p className="node-kind">{NODE_KIND_LABELS[node.kind]}</p>
      {node.kind === 'character' && <p>{node.role}</p>}
      {node.description && <p>{node.description}</p>}
      <h3>
        {lines.length} link{lines.length === 1 ? '' : 's'} shown
      </h3>
      <ul className="link-list">
        {lines.map((line) => (
          <li key={line.link.id}>
            <span className={`link-kind link-kind-${line.link.kind}`}>{LINK_KIND_LABELS[line.link.kind]}</span>{' '}
            {line.sentence}
            {line.link.note && <span className="link-note"> ({line.link.note})</span>}{' '}
            <button type="button" className="link-button" onClick={() => onSelect(line.other.id)}>
              Go to {line.other.label}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
