import { Link, type ErrorComponentProps } from '@tanstack/react-router';
import { ErrorPanel } from '../ui/states';

/** What a page shows when it throws while rendering or loading. */
export function PageError({ error, reset }: ErrorComponentProps) {
  return (
    <section className="narrow">
      <ErrorPanel error={error} title="This page failed" />
      <div className="actions">
        <button type="button" onClick={reset}>
          Try again
        </button>
        <Link to="/">Back to the start</Link>
      </div>
    </section>
  );
}
