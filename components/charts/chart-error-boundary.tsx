"use client";

import { Component, type ReactNode } from "react";

interface State {
  error: Error | null;
}

/** One broken chart must not take the dashboard down with it. */
export class ChartErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error) {
    console.error("Chart failed to render", error);
  }

  render() {
    if (this.state.error) {
      return (
        <div role="alert" className="flex h-full items-center justify-center text-sm text-red-700">
          This chart could not be drawn.
          <button type="button" className="ml-2 underline" onClick={() => this.setState({ error: null })}>
            Retry
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
