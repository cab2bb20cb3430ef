import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { acceptsGzip, resolveRequestPath, startStaticServer } from "../../src/site/server/static-server.js";

const root = mkdtempSync(join(tmpdir(), "shortlist-serve-"));
const site = join(root, "site");
mkdirSync(join(site, "profiles", "a"), { recursive: true });
writeFileSync(join(site, "index.html"), "<!DOCTYPE html><title>home</title>");
writeFileSync(join(site, "404.html"), "<!DOCTYPE html><title>missing</title>");
writeFileSync(join(site, "profiles", "a", "index.html"), "<!DOCTYPE html><title>a</title>");
writeFileSync(join(root, "secret.txt"), "not for the web");
const page = `<!DOCTYPE html><title>big</title>${"<p>the same paragraph again</p>".repeat(200)}`;
writeFileSync(join(site, "big.html"), page);
const large = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ i, name: `profile ${i}` })));
writeFileSync(join(site, "large.json"), large);
writeFileSync(join(site, "chunk.pf_fragment"), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));

/** A raw GET (fetch would decompress): status, headers and the body's bytes as sent. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", fail)
      .end();
  });
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the local static server", () => {
  it("maps folders to index.html, redirects folder paths without a slash, and never leaves the root", () => {
    expect(resolveRequestPath(site, "/")).toEqual({ file: join(site, "index.html") });
    expect(resolveRequestPath(site, "/profiles/a/")).toEqual({ file: join(site, "profiles", "a", "index.html") });
    expect(resolveRequestPath(site, "/profiles/a")).toEqual({ redirect: "/profiles/a/" });
    for (const evil of ["/../secret.txt", "/%2e%2e/secret.txt", "/profiles/../../secret.txt", "/..%2fsecret.txt", "/%00", "/%E0%A4%A"]) {
      expect(resolveRequestPath(site, evil), evil).toBeUndefined();
    }
  });

  it("sends the Content Security Policy with every response and 404.html for unknown paths", async () => {
    const server = await startStaticServer({ root: site, port: 0, host: "127.0.0.1" });
    try {
      const ok = await fetch(`${server.url}/profiles/a/`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get("content-security-policy")).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(ok.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const missing = await fetch(`${server.url}/nope/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain("missing");
      expect(missing.headers.get("content-security-policy")).toBeTruthy();
      const escape = await fetch(`${server.url}/..%2f..%2fsecret.txt`);
      expect(await escape.text()).not.toContain("not for the web");
      const post = await fetch(`${server.url}/`, { method: "POST" });
      expect(post.status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it("sends text gzip-compressed to clients that accept it, as a host would, and the same bytes otherwise", async () => {
    const server = await startStaticServer({ root: site, port: 0, host: "127.0.0.1" });
    try {
      const zipped = await get(`${server.url}/big.html`, { "Accept-Encoding": "gzip, deflate, br" });
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      expect(zipped.headers.vary).toBe("Accept-Encoding");
      expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
      expect(zipped.body.length).toBeLessThan(page.length / 10);
      expect(gunzipSync(zipped.body).toString()).toBe(page);

      const plain = await get(`${server.url}/big.html`);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.toString()).toBe(page);
      const refused = await get(`${server.url}/big.html`, { "Accept-Encoding": "gzip;q=0, identity" });
      expect(refused.headers["content-encoding"]).toBeUndefined();

      // Past the size read at once, streamed through the compressor.
      const streamed = await get(`${server.url}/large.json`, { "Accept-Encoding": "gzip" });
      expect(large.length).toBeGreaterThan(256 * 1024);
      expect(streamed.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(streamed.body).toString()).toBe(large);

      // Pagefind's files are compressed already: sent as they are.
      const chunk = await get(`${server.url}/chunk.pf_fragment`, { "Accept-Encoding": "gzip" });
      expect(chunk.headers["content-encoding"]).toBeUndefined();
      expect([...chunk.body]).toEqual([0x1f, 0x8b, 8, 0, 1, 2, 3]);

      const missing = await get(`${server.url}/nope/`, { "Accept-Encoding": "gzip" });
      expect(missing.status).toBe(404);
      expect(gunzipSync(missing.body).toString()).toContain("missing");
    } finally {
      await server.close();
    }
  });

  it("reads Accept-Encoding as HTTP defines it", () => {
    expect(acceptsGzip("gzip")).toBe(true);
    expect(acceptsGzip("br, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip; q=0.000")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip("*;q=0.5, gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
