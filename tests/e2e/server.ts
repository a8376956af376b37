/**
 * A tiny HTTP server on 127.0.0.1 for e2e tests: fixed routes registered by a
 * test, plus optional static folders (the page corpus). Nothing else answers.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface TestServer {
  readonly origin: string;
  /**
   * Serves `body` at `path` (default type text/html), marked `no-store`
   * unless `cacheable` (a page must be cacheable to enter the back/forward cache).
   */
  route(path: string, body: string, type?: string, cacheable?: boolean): string;
  /** Serves the files of `dir` under `prefix` (e.g. '/corpus/'). */
  mount(prefix: string, dir: string): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, { body: string; type: string; cacheable: boolean }>();
  const mounts: { prefix: string; dir: string }[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      const route = routes.get(path);
      if (route) {
        res.writeHead(200, { 'content-type': route.type, 'cache-control': route.cacheable ? 'max-age=0' : 'no-store' });
        res.end(route.body);
        return;
      }
      for (const { prefix, dir } of mounts) {
        if (!path.startsWith(prefix)) continue;
        const file = normalize(join(dir, path.slice(prefix.length)));
        if (!file.startsWith(dir)) break;
        try {
          const data = await readFile(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          res.end(data);
          return;
        } catch {
          break;
        }
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    route(path, body, type = 'text/html; charset=utf-8', cacheable = false) {
      routes.set(path, { body, type, cacheable });
      return origin + path;
    },
    mount(prefix, dir) {
      mounts.push({ prefix, dir: normalize(dir) });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
