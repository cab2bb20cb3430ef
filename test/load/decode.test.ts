import { describe, expect, it } from "vitest";
import { decodeSource, firstInvalidUtf8, MAX_FILE_BYTES } from "../../src/load/decode.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeSource", () => {
  it("accepts UTF-8 text and strips a byte-order mark", () => {
    const result = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("---\nname: Zoë\n")]));
    expect(result).toEqual({ ok: true, text: "---\nname: Zoë\n", hadBom: true });
  });

  it("refuses a file over the size cap before decoding it", () => {
    const result = decodeSource(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61));
    expect(result).toMatchObject({ ok: false, rule: "file-too-large", line: 1, column: 1 });
  });

  it("refuses an empty or whitespace-only file", () => {
    expect(decodeSource(new Uint8Array())).toMatchObject({ ok: false, rule: "empty-file" });
    expect(decodeSource(bytes(" \n\t\n"))).toMatchObject({ ok: false, rule: "empty-file" });
  });

  it("refuses a NUL byte and names its line and column", () => {
    expect(decodeSource(bytes("---\nname: a\x00b\n"))).toMatchObject({ ok: false, rule: "binary-file", line: 2, column: 8 });
  });

  it("refuses bytes that are not UTF-8 and names the first bad one", () => {
    const latin1 = new Uint8Array([...bytes("---\nname: Caf"), 0xe9, ...bytes("\n---\n")]);
    expect(decodeSource(latin1)).toMatchObject({ ok: false, rule: "not-utf8", line: 2, column: 10, message: "byte 0xe9 is not valid UTF-8" });
  });
});

describe("firstInvalidUtf8", () => {
  it("finds truncated sequences, overlong forms and surrogates", () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xff]))).toBe(2);
  });
});
