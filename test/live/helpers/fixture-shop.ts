import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockingPages, hostilePages } from './hostile-pages.js';
import * as pages from './shop-pages.js';

export interface FixtureShop {
  /** http://127.0.0.1:PORT, the shop. */
  origin: string;
  /** A second port: another origin, serving the framed newsletter. */
  otherOrigin: string;
  /** The user-agent header of every request, in order. */
  userAgents: string[];
  close(): Promise<void>;
}

const html = (res: ServerResponse, body: string, status = 200): void => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
};

function cartRoutes(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.url === '/cart/add' && req.method === 'POST') {
    req.resume();
    res.writeHead(303, { location: '/cart', 'set-cookie': 'cart=1; Path=/' });
    res.end();
    return true;
  }
  if (req.url === '/cart') html(res, pages.cart(/cart=1/.test(req.headers.cookie ?? '') ? 1 : 0));
  return req.url === '/cart';
}

function route(req: IncomingMessage, res: ServerResponse, other: () => string, sitemapSize: number): void {
  const path = (req.url ?? '/').split('?')[0]!;
  const fixed: Record<string, string> = {
    '/product': pages.product,
    '/checkout': pages.checkout,
    '/register': pages.registration,
    '/late': pages.late,
    '/newsletter-frame': pages.newsletterFrame,
    '/shadow': pages.shadow,
    '/closer': pages.closer,
    '/hostile': pages.hostile,
  };
  if (fixed[path]) return html(res, fixed[path]!);
  const hostile = /^\/hostile\/([\w-]+)$/.exec(path)?.[1];
  const hostilePage = hostile && (hostilePages[hostile] ?? blockingPages[hostile]);
  if (hostilePage) return html(res, hostilePage);
  if (cartRoutes(req, res)) return;
  if (path === '/framed') return html(res, pages.framed(other()));
  if (path === '/framed-here') return html(res, pages.framed(''));
  if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
  if (path === '/hang') return void res.writeHead(200, { 'content-type': 'text/html' }).write('<!doctype html><html><body><h1>Bijna');
  const numbered = /^\/page\/(\d+)$/.exec(path);
  if (numbered) return html(res, pages.numbered(Number(numbered[1])));
  if (path === '/sitemap.xml') {
    const urls = Array.from({ length: sitemapSize }, (_, i) => `<url><loc>http://${req.headers.host}/page/${i + 1}</loc></url>`);
    res.writeHead(200, { 'content-type': 'application/xml' });
    return void res.end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`);
  }
  html(res, pages.page('Niet gevonden', '<p>Deze pagina bestaat niet.</p>'), 404);
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Serves the fixture shop on two local ports; nothing leaves 127.0.0.1. */
export async function startFixtureShop(sitemapSize = 10): Promise<FixtureShop> {
  const sockets = new Set<import('node:net').Socket>();
  let otherOrigin = '';
  const userAgents: string[] = [];
  const servers = [0, 1].map(() =>
    createServer((req, res) => {
      userAgents.push(req.headers['user-agent'] ?? '');
      route(req, res, () => otherOrigin, sitemapSize);
    }),
  );
  servers.forEach((server) => server.on('connection', (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket)))));
  const origin = await listen(servers[0]!);
  otherOrigin = await listen(servers[1]!);
  const close = async (): Promise<void> => {
    sockets.forEach((socket) => socket.destroy());
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  };
  return { origin, otherOrigin, userAgents, close };
}
