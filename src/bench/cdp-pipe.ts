/**
 * A minimal DevTools-protocol client over Chromium's --remote-debugging-pipe (file
 * descriptors 3 and 4, messages separated by NUL). The search timing uses it instead of
 * Playwright for its main figure: Playwright turns on the Network domain of every page it
 * drives, so each request the page makes is reported to it as it happens, and that slowed a
 * first search by ~50 ms (measured: median 61–71 ms without a client against 109–123 ms with
 * Playwright, same site, same minute). This client only opens pages, evaluates scripts in
 * them and closes them; it never enables a domain.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

interface Pending {
  resolve(value: Record<string, unknown>): void;
  reject(error: Error): void;
}

export interface PipeBrowser {
  /** Opens `url` in a new tab and returns a session id once the tab is attached. */
  open(url: string): Promise<{ sessionId: string; targetId: string }>;
  /** Evaluates `expression` (awaiting a promise) in the session's page; returns its JSON value. */
  evaluate<T>(sessionId: string, expression: string): Promise<T>;
  closeTab(targetId: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchPipeBrowser(executablePath: string, args: readonly string[]): Promise<PipeBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "shortlist-chromium-"));
  const child: ChildProcess = spawn(executablePath, [...args, "--remote-debugging-pipe", `--user-data-dir=${profile}`, "about:blank"], { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let buffer = "";
  let closed = false;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  child.once("exit", (code) => {
    closed = true;
    failAll(new Error(`Chromium exited (${code})`));
  });
  child.once("error", (error) => failAll(error));
  fromBrowser.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf("\0")) >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      buffer = buffer.slice(end + 1);
      if (message.id === undefined) continue; // an event: none is enabled, but the browser sends target events
      const p = pending.get(message.id);
      if (!p) continue;
      pending.delete(message.id);
      if (message.error) p.reject(new Error(message.error.message));
      else p.resolve(message.result ?? {});
    }
  });
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      if (closed) return reject(new Error("Chromium is closed"));
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + "\0");
    });
  return {
    async open(url) {
      const { targetId } = (await send("Target.createTarget", { url: "about:blank" })) as { targetId: string };
      const { sessionId } = (await send("Target.attachToTarget", { targetId, flatten: true })) as { sessionId: string };
      // Resolves once the new document has committed: scripts then run in it, not in about:blank.
      const navigated = (await send("Page.navigate", { url }, sessionId)) as { errorText?: string };
      if (navigated.errorText) throw new Error(`${url}: ${navigated.errorText}`);
      return { sessionId, targetId };
    },
    async evaluate<T>(sessionId: string, expression: string): Promise<T> {
      const reply = (await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true }, sessionId)) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      return reply.result.value;
    },
    async closeTab(targetId) {
      await send("Target.closeTarget", { targetId });
    },
    async close() {
      if (!closed) {
        await send("Browser.close").catch(() => {});
        const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(killer);
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
