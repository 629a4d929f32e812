// A page that throws while rendering shows what went wrong instead of a blank screen.
import { Component, type ReactNode } from 'react';
import { ErrorBox } from './ui.error.tsx';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error) return <ErrorBox error={this.state.error} title="This page failed" />;
    return this.props.children;
  }
}
