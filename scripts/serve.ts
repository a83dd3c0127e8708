/**
 * `npm run preview`: serves a build the way a plain static host does, with no SPA fallback. A
 * path is a file, or a folder's index.html; anything else gets 404.html with status 404.
 *   --dir <dir>    what to serve (default dist/)
 *   --port <port>  default 4173
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4173' },
  },
});
const dir = resolve(import.meta.dirname, '..', values.dir);
const port = Number(values.port);

const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
// Read once: a build rewriting the folder later must not take the server down.
const notFoundPage = readFileSync(join(dir, '404.html'));

createServer((request, response) => {
  files(request, response, () => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : notFoundPage);
  });
})
  .on('error', (error) => {
    console.error(`Cannot serve on port ${port}: ${error.message}`);
    process.exit(1);
  })
  .listen(port, 'localhost', () => console.log(`Serving ${dir} at http://localhost:${port}/`));
