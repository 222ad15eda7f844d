// A failure inside one panel shows a message in that panel; the workbook, the other panels and
// the user's unsaved work stay as they are.
import { Component, type ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
}

export class PanelBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="panel-failed" role="alert">
        <strong>The {this.props.name} panel hit a problem:</strong> {this.state.error.message}
        <div className="muted">Your workbook is safe; save it, then try again.</div>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Show the panel again
        </button>
      </div>
    );
  }
}
