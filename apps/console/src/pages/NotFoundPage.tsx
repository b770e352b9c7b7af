import { Link } from '@tanstack/react-router';

export function NotFoundPage() {
  return (
    <main id="main" className="narrow">
      <h1>Not found</h1>
      <p>Nothing lives at this address.</p>
      <Link to="/">Back to the start</Link>
    </main>
  );
}
