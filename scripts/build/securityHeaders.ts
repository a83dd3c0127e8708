/**
 * The Content-Security-Policy every page carries. Scripts, styles and data come only from the
 * site itself: no inline script, no eval. The one inline stylesheet (the app's CSS, inlined so the
 * text paints without waiting for a file) is allowed by its hash. Images may come from https
 * hosts, since an article's lead image may live on a picture desk's CDN.
 */
function policy(styleHashes: readonly string[]): Record<string, string> {
  return {
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': ["'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
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

/**
 * For `<meta http-equiv>`, which browsers read but where `frame-ancestors` has no effect.
 * `styleHashes` are the `sha256-…` sources of the page's inline stylesheets.
 */
export const metaCsp = (styleHashes: readonly string[]) => serialize(policy(styleHashes));

/**
 * A `_headers` file (Netlify, Cloudflare Pages and others read this format): the same policy as a
 * real header, with what only a header can do, and long caching for the hashed assets.
 */
export function headersFile(styleHashes: readonly string[]): string {
  const csp = serialize({ ...policy(styleHashes), 'frame-ancestors': "'none'" });
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
    '/boot.js',
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}
