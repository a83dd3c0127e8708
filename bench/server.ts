import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A response held in memory: the floor page and the generated scale story. */
export type VirtualFile = { body: string | Buffer; contentType: string };

export type BenchServer = {
  /** Like http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/json|image\/svg\+xml)/.test(contentType);
}

type Prepared = { raw: Buffer; gzip: Buffer | null; contentType: string };

/**
 * Serves `root` (the built app) and a few in-memory files on loopback, the way a static host
 * would: gzip for text, long caching for hashed assets, and index.html for any path that is not
 * a file (a page the build did not prerender). Bodies are read and compressed once, then reused, so
 * the server adds as little CPU noise as possible to the measurements.
 */
export async function startServer(options: {
  root: string;
  virtualFiles: ReadonlyMap<string, VirtualFile>;
}): Promise<BenchServer> {
  const root = resolve(options.root);
  const cache = new Map<string, Prepared>();

  const prepare = (key: string, raw: Buffer, contentType: string): Prepared => {
    let prepared = cache.get(key);
    if (prepared === undefined) {
      prepared = { raw, contentType, gzip: isCompressible(contentType) ? gzipSync(raw) : null };
      cache.set(key, prepared);
    }
    return prepared;
  };

  const fileFor = async (pathname: string): Promise<string | null> => {
    const candidate = resolve(join(root, normalize(pathname)));
    if (candidate !== root && !candidate.startsWith(root + sep)) return null;
    try {
      const info = await stat(candidate);
      if (info.isFile()) return candidate;
      if (info.isDirectory()) {
        const index = join(candidate, 'index.html');
        if ((await stat(index).catch(() => null))?.isFile()) return index;
      }
    } catch {
      // not there: the caller decides between the SPA fallback and a 404
    }
    return null;
  };

  const send = (
    request: IncomingMessage,
    response: ServerResponse,
    prepared: Prepared,
    cacheControl: string,
  ) => {
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = acceptsGzip && prepared.gzip !== null ? prepared.gzip : prepared.raw;
    response.statusCode = 200;
    response.setHeader('Content-Type', prepared.contentType);
    response.setHeader('Content-Length', body.length);
    response.setHeader('Cache-Control', cacheControl);
    if (prepared.gzip !== null) response.setHeader('Vary', 'Accept-Encoding');
    if (body === prepared.gzip) response.setHeader('Content-Encoding', 'gzip');
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const plain = (response: ServerResponse, status: number, text: string) => {
    response.statusCode = status;
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.end(text);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return plain(response, 405, 'Method Not Allowed');
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return plain(response, 400, 'Bad Request');
    }

    const virtual = options.virtualFiles.get(pathname);
    if (virtual !== undefined) {
      const raw = typeof virtual.body === 'string' ? Buffer.from(virtual.body) : virtual.body;
      return send(
        request,
        response,
        prepare(`virtual:${pathname}`, raw, virtual.contentType),
        'no-cache',
      );
    }

    const file = await fileFor(pathname);
    if (file !== null) {
      const prepared = cache.get(file) ?? prepare(file, await readFile(file), contentTypeFor(file));
      const immutable = pathname.startsWith('/assets/');
      return send(
        request,
        response,
        prepared,
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }

    // A page that was not prerendered (the scale story) gets the app shell, which renders it.
    const wantsPage = /\btext\/html\b/.test(String(request.headers.accept ?? ''));
    if (extname(pathname) === '' || wantsPage) {
      const shell = join(root, 'shell.html');
      const prepared =
        cache.get(shell) ?? prepare(shell, await readFile(shell), contentTypeFor(shell));
      return send(request, response, prepared, 'no-cache');
    }
    return plain(response, 404, 'Not Found');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) plain(response, 500, String(error));
      else response.destroy();
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
