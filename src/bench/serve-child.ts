/**
 * The built site served from its own process while the benchmark drives Chromium: in the
 * benchmark's process the server would share an event loop with Playwright, which handles
 * the browser's protocol messages for every request. Prints the URL as one line, then serves
 * until killed.
 *
 *   node --import tsx src/bench/serve-child.ts DIR
 */
import { startStaticServer } from "../site/server/static-server.js";

const root = process.argv[2];
if (!root) {
  process.stderr.write("usage: serve-child DIR\n");
  process.exit(2);
}
const server = await startStaticServer({ root, port: 0, host: "127.0.0.1" });
process.stdout.write(`${server.url}\n`);
