import { routeHref } from './use-hash-route';

/** An address Quire has no screen for: say so instead of showing some other screen. */
export function NotFoundPage({ hash }: { hash: string }) {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>
        There is no page at <span className="mono">{hash || '#/'}</span>. It may have been mistyped, or the link may be from another version of Quire.
      </p>
      <p>
        <a href={routeHref({ screen: 'register' })}>Go to the register</a>
      </p>
    </section>
  );
}
