/** The `sha256-…` sources of the page's own inline script and stylesheets. */
export type InlineHashes = { scripts: readonly string[]; styles: readonly string[] };

const sources = (hashes: readonly string[]) =>
  ["'self'", ...hashes.map((hash) => `'${hash}'`)].join(' ');

/**
 * The Content-Security-Policy every page carries. Scripts, styles and data come only from the
 * site itself: no eval, and no inline script or style but the page's own, each allowed by its
 * hash (the app's CSS and the small script that starts the app, inlined so the text paints
 * without waiting for a file). Images may come from https hosts, since an article's lead image
 * may live on a picture desk's CDN.
 */
function policy(hashes: InlineHashes): Record<string, string> {
  return {
    'default-src': "'self'",
    'script-src': sources(hashes.scripts),
    'style-src': sources(hashes.styles),
    'img-src': "'self' https:",
    'font-src': "'self'",
    'connect-src': "'self'",
    'manifest-src': "'self'",
    'worker-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
  };
}

const serialize = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');

/** For `<meta http-equiv>`, which browsers read but where `frame-ancestors` has no effect. */
export const metaCsp = (hashes: InlineHashes) => serialize(policy(hashes));

/**
 * A `_headers` file (Netlify, Cloudflare Pages and others read this format): the same policy as a
 * real header, with what only a header can do, and long caching for the hashed assets.
 */
export function headersFile(hashes: InlineHashes): string {
  const csp = serialize({ ...policy(hashes), 'frame-ancestors': "'none'" });
  return [
    '/*',
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/sw.js',
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}
