// The network of the Firefox end-to-end tests: Firefox sends every http(s) request through this
// local proxy, which serves fixtures at their real addresses and refuses everything else.
// A proxy, not WebDriver BiDi's request interception, because BiDi does not see the requests of
// an extension's background page, and the background is what downloads pictures for offline reading.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Route {
  host: RegExp;
  path: string | RegExp;
  type: string;
  body: string | Buffer;
}

/** A throwaway self-signed certificate: the browser is told to accept it (acceptInsecureCerts). */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sc-proxy-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=science-clipper-tests'],
    {
      stdio: 'ignore',
    },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Firefox's own services (settings, updates): the browser's traffic, not the extension's or a page's. */
const BROWSER_SERVICES = /(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net)$/;

function samePath(pathname: string, path: string | RegExp): boolean {
  return typeof path === 'string' ? pathname.replace(/\/$/, '') === path.replace(/\/$/, '') : path.test(pathname);
}

export class FixtureProxy {
  /** Every address asked for, served or not, in order; Firefox's own services are left out. */
  readonly requests: string[] = [];
  /** While true, every request fails as if the machine had no network. */
  offline = false;
  private readonly routes: Route[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly tls = createHttpsServer(certificate(), (req, res) => this.answer('https', req, res));
  private readonly http = createHttpServer((req, res) => this.answer('http', req, res));

  /** Listens on a free loopback port and returns it. */
  async start(): Promise<number> {
    this.http.on('connection', (socket) => this.track(socket));
    this.tls.on('secureConnection', (socket) => this.track(socket));
    // An https request arrives as CONNECT host:443; the tunnel is answered by our TLS server.
    this.http.on('connect', (_req: IncomingMessage, socket: Socket) => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      this.tls.emit('connection', socket);
    });
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    return (this.http.address() as AddressInfo).port;
  }

  /**
   * Serves `body` at every address whose host matches `host` and whose path is `path`, whatever
   * the query or fragment, so that URL variants of one page reach the same fixture.
   */
  serve(host: RegExp, path: string | RegExp, body: string | Buffer, type = 'text/html; charset=utf-8'): void {
    this.routes.push({ host, path, body, type });
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.http.close(resolve));
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }

  private answer(scheme: 'http' | 'https', req: IncomingMessage, res: ServerResponse): void {
    // Through a proxy, plain http asks for an absolute address; inside the TLS tunnel, a path.
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'unknown'}`);
    if (!BROWSER_SERVICES.test(url.hostname)) this.requests.push(url.href);
    const route = this.offline ? undefined : this.routes.find((r) => r.host.test(url.hostname) && samePath(url.pathname, r.path));
    if (!route) {
      req.socket.destroy();
      return;
    }
    res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' });
    res.end(route.body);
  }
}
