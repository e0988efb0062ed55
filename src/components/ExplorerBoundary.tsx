import { Component, type ErrorInfo, type ReactNode } from 'react';

import { CrashProbe } from './CrashProbe';

interface Props {
  /** The shown graph; a new one clears a crash. */
  resetKey: string;
  /** Test builds: the probe name that makes this graph's explorer throw (see CrashProbe). */
  probe: string;
  /** Switches to the previous graph and says why; false when there is none to go back to. */
  onCrash: (error: unknown) => boolean;
  /** Shown when there is no graph to go back to. */
  fallback: ReactNode;
  children: ReactNode;
}

interface State {
  crashed: boolean;
  resetKey: string;
}

/**
 * Sits above the explorer so that no graph, however odd, can blank the page: when drawing one throws,
 * the previous graph comes back with a message, or, with none to go back to, a message and a way out.
 */
export class ExplorerBoundary extends Component<Props, State> {
  state: State = { crashed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { crashed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { crashed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    void info;
    this.props.onCrash(error);
  }

  render() {
    if (this.state.crashed) return this.props.fallback;
    return (
      <>
        {import.meta.env.VITE_CRASH_PANELS === '1' && <CrashProbe panel={this.props.probe} />}
        {this.props.children}
      </>
    );
  }
}
