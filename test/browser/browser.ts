/** Browser test harness: the samples built once per file, served on a free port, driven in Debian's Chromium. */
import { existsSync, rmSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from "playwright-core";
import type { BuildOptions } from "../../src/cli/build.js";
import { startStaticServer, type RunningServer } from "../../src/site/server/static-server.js";
import { buildSamples, read } from "../site/built-site.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Harness {
  dir: string;
  url: string;
  browser: Browser;
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  json<T>(path: string): T;
  close(): Promise<void>;
}

/** `options` change the build of the samples (e.g. small search shards). */
export async function startHarness(options: BuildOptions = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`);
  const { dir, root } = await buildSamples([], options);
  const server: RunningServer = await startStaticServer({ root: dir, port: 0, host: "127.0.0.1" });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const contexts: BrowserContext[] = [];
  return {
    dir,
    url: server.url,
    browser,
    async context(options = {}) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      ctx.setDefaultTimeout(20_000);
      contexts.push(ctx);
      return ctx;
    },
    json: <T>(path: string) => JSON.parse(read(dir, path)) as T,
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
