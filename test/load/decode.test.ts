import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeSource, firstInvalidUtf8, isPlainText, MAX_FILE_BYTES } from "../../src/load/decode.js";

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

describe("isPlainText", () => {
  /** The definition, character by character. */
  function plain(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c >= 0x20 && c <= 0x7e)) continue;
      if (c < 0xa0 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfeff || c >= 0xfffe) return false;
    }
    return true;
  }

  it("accepts exactly the texts of newlines and printable characters without bidirectional controls", () => {
    const special = fc.constantFrom("\t", "\r", "\u0000", "\u0085", "\u009f", "\u00a0", "\u2029", "\u202a", "\u202e", "\u202f", "\u2065", "\u2066", "\u2069", "\u206a", "\ud7ff", "\ud800", "\udfff", "\ue000", "\ufefe", "\ufeff", "\uff00", "\ufffd", "\ufffe", "\uffff", "😀", "é");
    const piece = fc.oneof(fc.string({ maxLength: 8 }), special, fc.string({ unit: "binary", maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(isPlainText(text), JSON.stringify(text)).toBe(plain(text));
      }),
      { numRuns: 5000 },
    );
  });
});
