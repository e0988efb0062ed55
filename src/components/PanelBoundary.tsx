import { Component, type ReactNode } from 'react';

import type { PanelName, Strings } from '../i18n/strings';
import { StringsContext } from '../i18n/StringsContext';
import { CrashProbe } from './CrashProbe';

interface Props {
  panel: PanelName;
  /** When this changes (e.g. another node is selected), a failed panel tries again by itself. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/**
 * Keeps a crash inside one panel: the panel is replaced by a short message and a "Try again"
 * button, while the graph and every other panel go on working.
 */
export class PanelBoundary extends Component<Props, State> {
  // A class component reads the interface words through contextType, as the panels read useStrings().
  static contextType = StringsContext;
  declare context: Strings;
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  render() {
    const { panel, children } = this.props;
    const strings = this.context;
    if (this.state.error) {
      return (
        <div className="panel-error" role="alert" data-panel={panel}>
          <p>{strings.panelFailed(strings.panelNames[panel])}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            {strings.tryAgain}
          </button>
        </div>
      );
    }
    return (
      <>
        {import.meta.env.VITE_CRASH_PANELS === '1' && <CrashProbe panel={panel} />}
        {children}
      </>
    );
  }
}
