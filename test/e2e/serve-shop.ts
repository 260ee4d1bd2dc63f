import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Shop {
  origin: string;
  /** Every path anyone asked the shop for, in order. */
  requested: string[];
  close(): Promise<void>;
}

/** Serves test/e2e/shop/*.html on 127.0.0.1 and logs each request path. */
export async function serveShop(): Promise<Shop> {
  const requested: string[] = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requested.push(path);
    const file = /^\/[\w-]+\.html$/.test(path) ? new URL(`shop${path}`, import.meta.url) : null;
    const body = file ? await readFile(file).catch(() => null) : null;
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
