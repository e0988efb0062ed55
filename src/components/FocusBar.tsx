import { useStrings } from '../i18n/StringsContext';

interface Props {
  /** The focused node's name in the interface language. */
  name: string;
  depth: number;
  onLeave: () => void;
}

/** Says whose neighbourhood the chart is showing, with the way back to the whole chart. */
export function FocusBar({ name, depth, onLeave }: Props) {
  const strings = useStrings();
  return (
    <p className="focus-bar" role="status">
      {strings.focusedOn(name, depth)}{' '}
      <button type="button" onClick={onLeave}>
        {strings.leaveFocus}
      </button>
    </p>
  );
}
