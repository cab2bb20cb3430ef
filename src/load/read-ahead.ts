/**
 * Reads files in a worker thread, ahead of the caller, which takes their bytes one by one
 * in the order given. Opening, reading and closing 10,000 profile files took about a
 * tenth of a second of system calls on the thread that then decodes, parses and checks
 * them; the worker does those calls on the other core meanwhile, and hands the bytes over
 * in slabs of many files (moved, not copied). The caller blocks only when it has caught up
 * with the worker.
 *
 * A file the worker could not read, or that has more bytes than `room` (too large), is
 * handed back as undefined: the caller reads it itself, with its own checks and messages.
 * If the worker fails or stops answering, every file from there on is handed back so.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";

/** Plain JavaScript (the worker runs without the TypeScript loader), read loop as in discover.ts. */
const WORKER_SOURCE = `
"use strict";
const { workerData } = require("node:worker_threads");
const { closeSync, openSync, readSync } = require("node:fs");
const { paths, port, state, room, slabBytes, firstBatch } = workerData;
let next = 0;
let batch = firstBatch;
try {
  while (next < paths.length) {
    const slab = new ArrayBuffer(Math.max(slabBytes, room));
    const view = new Uint8Array(slab);
    const first = next;
    const lengths = [];
    let used = 0;
    while (next < paths.length && lengths.length < batch && view.length - used >= room) {
      let length = -1;
      let fd = -1;
      try {
        fd = openSync(paths[next], "r");
        length = 0;
        for (;;) {
          const n = readSync(fd, view, used + length, room - length, null);
          if (n === 0) break;
          length += n;
          if (length === room) { length = -1; break; }
        }
      } catch {
        length = -1;
      } finally {
        if (fd !== -1) closeSync(fd);
      }
      lengths.push(length);
      if (length > 0) used += length;
      next++;
    }
    port.postMessage({ slab, first, lengths }, [slab]);
    Atomics.add(state, 0, 1);
    Atomics.notify(state, 0);
    batch = Math.min(batch * 4, 1 << 30);
  }
  Atomics.store(state, 1, 1);
} catch {
  Atomics.store(state, 1, 2);
}
Atomics.notify(state, 0);
`;

/** What the worker sent: the bytes of files first, first + 1, … in one slab (-1: read it yourself). */
interface Batch {
  slab: ArrayBuffer;
  first: number;
  lengths: number[];
}

export interface ReadAheadOptions {
  /** Bytes read per file at most; a file that fills them is handed back unread (see above). */
  room: number;
  /** Size of the slabs files are read into (at least `room`). */
  slabBytes?: number;
  /** How long to wait for the worker without news before reading the rest on this thread. */
  patienceMs?: number;
}

export class ReadAhead {
  private readonly port: MessagePort;
  /** [batches posted, finished: 0 running, 1 done, 2 failed]. */
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private readonly worker: Worker | undefined;
  private received = 0;
  /** Files covered by the batches received so far. */
  private covered = 0;
  private batch: Batch | undefined;
  private offsets: number[] = [];
  private gaveUp = false;
  private readonly patienceMs: number;

  constructor(
    private readonly paths: readonly string[],
    options: ReadAheadOptions,
  ) {
    this.patienceMs = options.patienceMs ?? 10_000;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    try {
      this.worker = new Worker(WORKER_SOURCE, {
        eval: true,
        // Not the parent's flags: the TypeScript loader would only slow the worker's start.
        execArgv: [],
        // The first files in a small batch, so that the caller can start on them soon.
        workerData: { paths, port: port2, state: this.state, room: options.room, slabBytes: options.slabBytes ?? 2 * 1024 * 1024, firstBatch: 16 },
        transferList: [port2],
      });
      this.worker.unref();
      this.worker.on("error", () => {}); // reported through `state`; the caller reads on its own
    } catch {
      this.gaveUp = true;
    }
  }

  /** The bytes of paths[index], or undefined when the caller must read the file itself. Indexes must not decrease. */
  take(index: number): Buffer | undefined {
    while (index >= this.covered) if (!this.receive()) return undefined;
    const batch = this.batch!;
    const at = index - batch.first;
    if (at < 0) return undefined; // an earlier batch: not kept
    const length = batch.lengths[at]!;
    return length < 0 ? undefined : Buffer.from(batch.slab, this.offsets[at]!, length);
  }

  /** Waits for the next batch; false when none is coming. */
  private receive(): boolean {
    if (this.gaveUp) return false;
    const deadline = performance.now() + this.patienceMs;
    for (;;) {
      const message = receiveMessageOnPort(this.port);
      if (message) {
        const batch = message.message as Batch;
        this.received++;
        this.batch = batch;
        this.offsets = [];
        let offset = 0;
        for (const length of batch.lengths) {
          this.offsets.push(offset);
          if (length > 0) offset += length;
        }
        this.covered = batch.first + batch.lengths.length;
        return true;
      }
      if (Atomics.load(this.state, 1) !== 0 && Atomics.load(this.state, 0) === this.received) return this.giveUp();
      if (performance.now() >= deadline) return this.giveUp();
      Atomics.wait(this.state, 0, this.received, 50);
    }
  }

  private giveUp(): false {
    this.gaveUp = true;
    this.close();
    return false;
  }

  /** Stops the worker (if it is still reading) and lets go of the channel. */
  close(): void {
    this.port.close();
    void this.worker?.terminate().catch(() => {});
  }
}
