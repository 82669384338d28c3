import { Component, type ReactNode } from 'react';

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Props {
  children: ReactNode;
}

/** Shows what went wrong when a page cannot render at all (for instance the database cannot be read). */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="error-note" role="alert">
        <span>Science Clipper could not show this page: {detail(this.state.error)}</span>
      </div>
    );
  }
}
