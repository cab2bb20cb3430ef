import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveRequestPath, startStaticServer } from "../../src/site/server/static-server.js";

const root = mkdtempSync(join(tmpdir(), "shortlist-serve-"));
const site = join(root, "site");
mkdirSync(join(site, "profiles", "a"), { recursive: true });
writeFileSync(join(site, "index.html"), "<!DOCTYPE html><title>home</title>");
writeFileSync(join(site, "404.html"), "<!DOCTYPE html><title>missing</title>");
writeFileSync(join(site, "profiles", "a", "index.html"), "<!DOCTYPE html><title>a</title>");
writeFileSync(join(root, "secret.txt"), "not for the web");

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
});
