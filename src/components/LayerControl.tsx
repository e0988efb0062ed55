import { type Layer, LAYERS } from '../domain/filters';
import { useStrings } from '../i18n/StringsContext';

interface Props {
  layers: readonly Layer[];
  groups: boolean;
  /** Graphs without characters draw every node anyway: only the group switch applies. */
  hasCharacters: boolean;
  /** Large graphs are drawn without group boxes (see useGraphElements), so there is nothing to switch. */
  boxes: boolean;
  onLayers: (layers: Layer[]) => void;
  onGroups: (on: boolean) => void;
}

/** Adds actors, places and seasons to the story chart as nodes, and switches the group boxes. */
export function LayerControl({ layers, groups, hasCharacters, boxes, onLayers, onGroups }: Props) {
  const strings = useStrings();
  if (!hasCharacters && !boxes) return null;
  const toggle = (layer: Layer) =>
    onLayers(LAYERS.filter((l) => (l === layer ? !layers.includes(l) : layers.includes(l))));
  return (
    <fieldset className="layer-control">
      <legend>{strings.layers}</legend>
      {hasCharacters &&
        LAYERS.map((layer) => (
          <label key={layer}>
            <input type="checkbox" checked={layers.includes(layer)} onChange={() => toggle(layer)} />{' '}
            {strings.layerNames[layer]}
          </label>
        ))}
      {boxes && (
        <label>
          <input type="checkbox" checked={groups} onChange={() => onGroups(!groups)} /> {strings.groupBoxes}
        </label>
      )}
    </fieldset>
  );
}
