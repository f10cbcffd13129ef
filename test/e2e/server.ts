/** A tiny static server for the fixture pages, on 127.0.0.1 and an ephemeral port. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface FixtureServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

/** Serves files under `root`, plus pages generated in the test (`generated`, by path). */
export async function startFixtureServer(
  root: string,
  generated: ReadonlyMap<string, string> = new Map(),
): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const page = generated.get(pathname);
      if (page !== undefined) {
        response.writeHead(200, { 'content-type': TYPES['.html'] });
        response.end(page);
        return;
      }
      const file = path.resolve(root, `.${pathname}`);
      if (!file.startsWith(`${path.resolve(root)}${path.sep}`)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => `${origin}${pathname}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let shared: Promise<FixtureServer> | null = null;

/** One fixture server for the whole e2e run, like the browser (closed when the worker exits). */
export function useFixtureServer(
  root: string,
  generated: ReadonlyMap<string, string>,
): Promise<FixtureServer> {
  shared ??= startFixtureServer(root, generated);
  return shared;
}
