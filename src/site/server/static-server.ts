/**
 * A small static file server for the built site: the local preview (`npm start`) and the
 * browser tests use it. It sends the same Content Security Policy the pages carry, serves
 * 404.html for unknown paths, never leaves the root directory, and compresses text as a host
 * would (so that page weights and Lighthouse runs against it are a visitor's).
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { createGzip, gzipSync } from "node:zlib";
import { cspHeader } from "../config.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
};

/** Text types sent gzip-compressed to clients that accept it (Pagefind's own files are compressed already). */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".csv", ".xml", ".txt", ".svg"]);

/** Whether an Accept-Encoding header accepts gzip: named, or through "*", and not with q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  const codings = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [coding = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((x) => x.trim()).find((x) => x.startsWith("q="));
    codings.set(coding.trim(), q ? Number(q.slice(2)) : 1);
  }
  const q = codings.get("gzip") ?? codings.get("*") ?? 0;
  return q > 0;
}

export function securityHeaders(): Record<string, string> {
  return {
    "Content-Security-Policy": cspHeader(),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  };
}

/** Maps a URL path to a file under root, or undefined when it would leave root or does not exist. */
export function resolveRequestPath(root: string, urlPath: string): { file: string } | { redirect: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const base = resolve(root);
  const target = resolve(base, "." + normalize("/" + decoded));
  if (target !== base && !target.startsWith(base + sep)) return undefined;
  if (!existsSync(target)) return undefined;
  const stat = statSync(target);
  if (stat.isDirectory()) {
    if (!urlPath.endsWith("/")) return { redirect: urlPath + "/" };
    const index = join(target, "index.html");
    return existsSync(index) ? { file: index } : undefined;
  }
  return stat.isFile() ? { file: target } : undefined;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Files up to this size are read at once rather than streamed. */
const SMALL_FILE_BYTES = 256 * 1024;

export function startStaticServer(options: { root: string; port?: number; host?: string }): Promise<RunningServer> {
  const root = options.root;
  const server = createServer((req, res) => {
    const headers = securityHeaders();
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, Allow: "GET, HEAD" }).end();
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const found = resolveRequestPath(root, url.pathname);
    if (found && "redirect" in found) {
      res.writeHead(301, { ...headers, Location: found.redirect + url.search }).end();
      return;
    }
    let file = found?.file;
    let status = 200;
    if (!file) {
      status = 404;
      const notFound = join(root, "404.html");
      if (!existsSync(notFound)) {
        res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
        return;
      }
      file = notFound;
    }
    const size = statSync(file).size;
    const type = extname(file).toLowerCase();
    const common = { ...headers, "Content-Type": TYPES[type] ?? "application/octet-stream", "Cache-Control": "no-cache" };
    const compressible = COMPRESSIBLE.has(type);
    const gzip = compressible && acceptsGzip(req.headers["accept-encoding"]);
    const encoding = { ...(compressible ? { Vary: "Accept-Encoding" } : {}), ...(gzip ? { "Content-Encoding": "gzip" } : {}) };
    if (size > SMALL_FILE_BYTES) {
      // Large files streamed; compressed on the way, their length is not known up front.
      res.writeHead(status, { ...common, ...encoding, ...(gzip ? {} : { "Content-Length": size }) });
      if (req.method === "HEAD") res.end();
      else if (gzip) createReadStream(file).pipe(createGzip({ level: 6 })).pipe(res);
      else createReadStream(file).pipe(res);
      return;
    }
    // Small files (pages, search index chunks and fragments) in one read: a stream costs an
    // open, a read and a close on the thread pool, each a trip through the event loop.
    const bytes = readFileSync(file);
    const body = gzip ? gzipSync(bytes, { level: 6 }) : bytes;
    res.writeHead(status, { ...common, ...encoding, "Content-Length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    const onListening = () => {
      server.off("error", reject);
      const address = server.address() as AddressInfo;
      const host = options.host && options.host !== "::" && options.host !== "0.0.0.0" ? options.host : "localhost";
      resolvePromise({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    };
    if (options.host) server.listen(options.port ?? 8080, options.host, onListening);
    else server.listen(options.port ?? 8080, onListening);
  });
}
