import type { Move } from '../articles/publishedIds';

/**
 * `_redirects`, for hosts that read one (Netlify, Cloudflare Pages): each old address answers
 * with a permanent redirect to its successor. Hosts that do not still serve the page written at
 * the old address, so no link depends on this file.
 */
export function redirectsFile(moves: readonly Move[]): string {
  const lines = moves.map(({ from, to }) => `${from} ${to} 301`);
  return `# Old addresses of stories, sections and quotes, each to where it is now.\n${lines.join('\n')}\n`;
}
