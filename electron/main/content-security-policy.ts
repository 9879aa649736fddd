/**
 * The policy of every page of the app, sent as a header by the app:// handler; renderer/index.html
 * carries the same policy in a <meta> tag (minus frame-ancestors, which a meta tag cannot set).
 */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
