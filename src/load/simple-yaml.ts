/**
 * A reader for the plain subset of YAML that profiles are written in, more than twice as
 * fast as js-yaml (one pass over 10,000 profile frontmatters: about 0.4 s against 0.9 s):
 * block mappings and sequences indented with spaces, `key: value` lines, plain scalars
 * (folded over lines), 'single-' and "double-quoted" scalars on one line, one-line flow
 * collections of plain scalars (`[a, b]`, `{ k: v }`), and comments.
 *
 * It answers only when it is sure. Anything outside that subset, and anything that might
 * be read in more than one way (a tab, a carriage return, an anchor, a tag, a block
 * scalar, a number written other than `12` or `0.5`, `True`, `~`, a duplicate key, …)
 * makes it return undefined, and the caller falls back to js-yaml and then to the careful
 * reader. Whatever it returns must be exactly what js-yaml returns for the same text: a
 * differential test (test/load/simple-yaml.test.ts) holds it to that.
 *
 * It also enforces the limits of limits.ts, so that its value need not be checked again:
 * nesting as deep as MAX_DEPTH, and the keys in FORBIDDEN_KEYS and NON_NAME_KEYS (in any
 * case), make it decline.
 */
import { FORBIDDEN_KEYS, MAX_DEPTH } from "./limits.js";

/** Thrown (and caught in readSimpleYaml) when the text leaves the subset. */
const NOT_SIMPLE = Object.freeze({ notSimple: true });

const MAX_KEY_LENGTH = 128;

const NEWLINE = 10;
const SPACE = 32;
const QUOTE = 34;
const HASH = 35;
const APOSTROPHE = 39;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/**
 * The value of `source.slice(start, end)` when it is a mapping written in the subset;
 * undefined otherwise (which says nothing about whether the text is valid YAML). Taking a
 * range of a larger text rather than a slice of it matters: V8 reads characters of a
 * flat string faster than those of a slice, by about a fifth over a profile. `plain`: the
 * caller has found the whole source plain (isPlainText), so its characters are not checked again.
 */
export function readSimpleYaml(source: string, start = 0, end = source.length, plain = false): Record<string, unknown> | undefined {
  // A text isPlainText (decode.ts) accepts has only characters this reader accepts.
  if (!plain && !onlySimpleCharacters(source, start, end)) return undefined;
  const reader = new SimpleReader(source, start, end);
  try {
    return reader.document();
  } catch (error) {
    if (error === NOT_SIMPLE) return undefined;
    throw error;
  }
}

/** The first character that is not plainly in the subset (surrogates are then checked in pairs). */
const UNUSUAL = /[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/g;

/**
 * Newlines, printable ASCII, and printable non-ASCII (paired surrogates included). Tabs,
 * carriage returns, control characters, U+FEFF and the non-characters are left to the
 * other readers, which either refuse them or treat them in ways not worth copying here.
 */
function onlySimpleCharacters(source: string, start: number, end: number): boolean {
  // One native scan settles nearly every file; only from the first unusual character on
  // (an emoji's surrogates, or something outside the subset) is it checked one by one.
  UNUSUAL.lastIndex = start;
  const unusual = UNUSUAL.exec(source);
  if (unusual === null || unusual.index >= end) return true;
  for (let i = unusual.index; i < end; i++) {
    const c = source.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e) || c === NEWLINE) continue;
    if (c < 0xa0) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < end ? source.charCodeAt(i + 1) : 0;
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
      continue;
    }
    if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfeff || c >= 0xfffe) return false;
  }
  return true;
}

function isKeyStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95; // a-z A-Z _
}

function isKeyPart(c: number): boolean {
  return isKeyStart(c) || isDigit(c) || c === DASH;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Characters a plain scalar may start with here: letters, digits, `/`, `(`, `$`, `_` and
 * non-ASCII. Every YAML indicator (`-?:,[]{}#&*!|>'"%@` and the backquote) is excluded,
 * and so are `.`, `+` and `~`, which start special values (.inf, +1, ~).
 */
function isPlainStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 47 || c === 40 || c === 36 || c === 95 || c >= 0xa0;
}

/**
 * Whether `key` may not be stored in `out`: a duplicate (which js-yaml refuses), a name
 * every object already answers to (`__proto__`, `constructor`, `toString`, …) or another
 * forbidden key (`prototype`; all have 9 or 11 characters). Values read here are never
 * undefined, so one property read finds the first two.
 */
function taken(out: Record<string, unknown>, key: string): boolean {
  return out[key] !== undefined || ((key.length === 9 || key.length === 11) && FORBIDDEN_KEYS.has(key));
}

/**
 * Short strings seen before (keys, and values such as `claimed`, `EUR` or `django`), so
 * that each is one string for all profiles. A string sliced out of the text is a new
 * object, which a key must then also be hashed and looked up as, and which is kept for as
 * long as the profile; the same few hundred field names and vocabulary terms recur in
 * every profile. The table is indexed by length and three characters; a miss replaces
 * the slot.
 */
const SHARED_SIZE = 4096;
const SHARED_MAX_LENGTH = 32;
const shared: string[] = new Array<string>(SHARED_SIZE).fill("");

/** Whether `src` holds `text` at `start` (a loop: startsWith() with a position was slower here). */
function sameText(text: string, src: string, start: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== src.charCodeAt(start + i)) return false;
  return true;
}

/**
 * src.slice(start, end), or the equal string already in the table. A new string is only
 * kept in the table when `keep` is true: see WIDE.
 */
function sharedSlice(src: string, start: number, end: number, keep: boolean): string {
  const length = end - start;
  if (length > SHARED_MAX_LENGTH || length === 0) return src.slice(start, end);
  const slot = (length * 31 + src.charCodeAt(start) * 7 + src.charCodeAt(end - 1) * 3 + src.charCodeAt(start + (length >> 1))) & (SHARED_SIZE - 1);
  const cached = shared[slot]!;
  if (cached.length === length && sameText(cached, src, start)) return cached;
  const text = src.slice(start, end);
  if (keep) shared[slot] = text;
  return text;
}

/**
 * A character beyond Latin-1. V8 stores a text holding one with two bytes per character,
 * and the strings sliced from it too, even `django`. Handed to other profiles through the
 * table, such strings make every later check of a string (regular expressions, character
 * loops, hashing) handle both kinds: it cost about a tenth of the time of validating 10,000
 * profiles in a run where the shared strings had come from a text with an em dash. So
 * strings from such a text are not kept. (On a one-byte string V8 answers without scanning.)
 */
const WIDE = /[^\x00-\xff]/;

/**
 * Where one character next occurs in the text, from a position on: indexOf() remembered,
 * so that asking again from a later position before that occurrence costs nothing. The
 * reader moves forward through the text, so each search runs over each stretch of text
 * about once.
 */
class Occurrences {
  private origin = 0;
  private at = -1;

  constructor(
    private readonly src: string,
    private readonly char: string,
    private readonly limit: number,
  ) {}

  /** The offset of the first occurrence at or after `position`, or the limit when there is none. */
  from(position: number): number {
    if (position < this.origin || this.at < position) {
      const found = this.src.indexOf(this.char, position);
      this.at = found === -1 || found > this.limit ? this.limit : found;
      this.origin = position;
    }
    return this.at;
  }
}

class SimpleReader {
  /** The current content line: its indentation, where its content starts and ends. */
  private indent = -1;
  private start = 0;
  private end = 0;
  /** Offset just after the current line. */
  private next: number;
  /** Set by plainLine: the scalar ended at a ` #` comment. */
  private commented = false;
  private readonly colons: Occurrences;
  private readonly hashes: Occurrences;
  /** Whether strings sliced from this text may be kept for other texts (see WIDE). */
  private readonly shareable: boolean;

  constructor(
    private readonly src: string,
    begin: number,
    /** End of the range read; nothing at or after it is looked at. */
    private readonly limit: number,
  ) {
    this.next = begin;
    this.colons = new Occurrences(src, ":", limit);
    this.shareable = !WIDE.test(src);
    this.hashes = new Occurrences(src, "#", limit);
  }

  document(): Record<string, unknown> | undefined {
    this.advance();
    if (this.indent !== 0) return undefined; // empty, or an indented root
    const value = this.block(0, 0);
    if (!this.atEnd() || value === null || typeof value !== "object" || Array.isArray(value)) throw NOT_SIMPLE;
    return value as Record<string, unknown>;
  }

  private atEnd(): boolean {
    return this.indent === -1;
  }

  /** End of the line that has content at `from` (the newline, or the end of the range). */
  private lineEnd(from: number): number {
    const end = this.src.indexOf("\n", from);
    return end === -1 || end > this.limit ? this.limit : end;
  }

  /** Moves to the next line that has content (not blank, not only a comment); indent -1 at the end. */
  private advance(): void {
    const src = this.src;
    let p = this.next;
    while (p < this.limit) {
      let q = p;
      while (q < this.limit && src.charCodeAt(q) === SPACE) q++;
      const end = this.lineEnd(q);
      const c = src.charCodeAt(q);
      if (q === end || c === HASH) {
        p = end + 1;
        continue;
      }
      // `---` and `...` at the start of a line belong to the stream, not the document.
      if (q === p && (c === DASH || c === DOT) && src.startsWith(c === DASH ? "---" : "...", q)) throw NOT_SIMPLE;
      this.indent = q - p;
      this.start = q;
      this.end = end;
      this.next = end + 1;
      return;
    }
    this.indent = -1;
    this.start = this.end = this.next = this.limit;
  }

  /** A block node whose first line is the current line, starting at `this.start`. */
  private block(indent: number, depth: number): unknown {
    return this.isSequenceEntry(this.start) ? this.sequence(indent, depth) : this.mapping(indent, this.start, depth);
  }

  private isSequenceEntry(at: number): boolean {
    if (at >= this.end || this.src.charCodeAt(at) !== DASH) return false;
    const after = at + 1;
    return after === this.end || this.src.charCodeAt(after) === SPACE;
  }

  /**
   * Entries of the sequences being read, nested ones above outer ones. Each sequence is
   * copied out of it at its end: an array grown by push() keeps room for more (17 slots
   * for one entry), and a profile's twenty-odd short lists, kept for the whole build, took
   * twice the memory, and garbage-collection time, they need.
   */
  private readonly entries: unknown[] = [];

  /** A block sequence of `- ` entries at column `indent`. */
  private sequence(indent: number, depth: number): unknown[] {
    if (depth >= MAX_DEPTH) throw NOT_SIMPLE;
    const src = this.src;
    const out = this.entries;
    const base = out.length;
    while (this.indent === indent && this.isSequenceEntry(this.start)) {
      const at = this.skipSpaces(this.start + 1);
      if (at === this.end || src.charCodeAt(at) === HASH) {
        // `-` alone: the entry is the block below it, or null.
        this.advance();
        out.push(this.indent > indent ? this.block(this.indent, depth + 1) : null);
      } else if (this.isSequenceEntry(at)) {
        throw NOT_SIMPLE; // `- - x`, a sequence inside an entry
      } else if (this.keyEnd(at) !== -1) {
        // `- key: value`: a mapping whose keys line up with this first one.
        out.push(this.mapping(at - this.start + indent, at, depth + 1));
      } else {
        out.push(this.inlineValue(at, indent, depth));
        this.advance();
        if (this.indent > indent) throw NOT_SIMPLE; // a scalar continued on a deeper line after a comment
      }
    }
    if (this.indent > indent) throw NOT_SIMPLE;
    const sequence = out.slice(base);
    out.length = base;
    return sequence;
  }

  /**
   * A block mapping whose keys sit at column `indent`. Its first key starts at `first` on
   * the current line (after `- ` for a mapping inside a sequence entry).
   */
  private mapping(indent: number, first: number, depth: number): Record<string, unknown> {
    if (depth >= MAX_DEPTH) throw NOT_SIMPLE;
    const src = this.src;
    const out: Record<string, unknown> = {};
    let at = first;
    for (;;) {
      const colon = this.keyEnd(at);
      if (colon === -1) throw NOT_SIMPLE;
      const key = sharedSlice(src, at, colon, this.shareable);
      if (taken(out, key)) throw NOT_SIMPLE;
      const v = this.skipSpaces(colon + 1);
      if (v === this.end || src.charCodeAt(v) === HASH) {
        // `key:` alone: the value is the block below (a sequence may sit at the key's own column), or null.
        this.advance();
        if (this.indent > indent) out[key] = this.block(this.indent, depth + 1);
        else if (this.indent === indent && this.isSequenceEntry(this.start)) out[key] = this.sequence(indent, depth + 1);
        else out[key] = null;
      } else {
        out[key] = this.inlineValue(v, indent, depth);
        this.advance();
      }
      if (this.indent !== indent || this.isSequenceEntry(this.start)) break;
      at = this.start;
    }
    if (this.indent > indent) throw NOT_SIMPLE;
    return out;
  }

  /**
   * If a plain key starts at `at` (`name:` followed by a space or the end of the line),
   * the offset of its colon; else -1. Keys that resolve to anything but themselves
   * (`true`, `Null`) make the text not simple.
   */
  private keyEnd(at: number): number {
    const src = this.src;
    if (!isKeyStart(src.charCodeAt(at))) return -1;
    let p = at + 1;
    while (p < this.end && isKeyPart(src.charCodeAt(p))) p++;
    if (p === this.end || src.charCodeAt(p) !== COLON || p - at > MAX_KEY_LENGTH) return -1;
    if (p + 1 !== this.end && src.charCodeAt(p + 1) !== SPACE) return -1;
    if (isKeywordAt(src, at, p)) throw NOT_SIMPLE;
    return p;
  }

  /** A value that starts at `at` on the current line (and ends on it unless a plain scalar is folded). */
  private inlineValue(at: number, parent: number, depth: number): unknown {
    const c = this.src.charCodeAt(at);
    let value: unknown;
    if (c === QUOTE || c === APOSTROPHE) {
      value = this.quoted(at, c);
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (depth + 1 >= MAX_DEPTH) throw NOT_SIMPLE;
      value = c === OPEN_BRACKET ? this.flowSequence(at) : this.flowMapping(at);
    } else {
      return this.plain(at, parent);
    }
    this.expectLineEnd(this.after);
    return value;
  }

  /** Where the last quoted scalar or flow collection read ended. */
  private after = 0;

  /** After a quoted scalar or a flow collection: only spaces, then the end of the line or a comment. */
  private expectLineEnd(at: number): void {
    const p = this.skipSpaces(at);
    if (p === this.end) return;
    if (this.src.charCodeAt(p) === HASH && p > at) return;
    throw NOT_SIMPLE;
  }

  /** A quoted scalar closed on the same line; double-quoted ones without escapes. */
  private quoted(at: number, quote: number): string {
    const src = this.src;
    let p = at + 1;
    let text = "";
    let from = p;
    for (;;) {
      if (p >= this.end) throw NOT_SIMPLE; // continues on the next line
      const c = src.charCodeAt(p);
      if (quote === QUOTE && c === 92 /* \ */) throw NOT_SIMPLE;
      if (c === quote) {
        if (quote === APOSTROPHE && p + 1 < this.end && src.charCodeAt(p + 1) === APOSTROPHE) {
          text += src.slice(from, p + 1); // '' is one '
          p += 2;
          from = p;
          continue;
        }
        this.after = p + 1;
        return text + src.slice(from, p);
      }
      p++;
    }
  }

  /**
   * A plain scalar: to the end of the line or a ` #` comment, folded with the lines after
   * it that are indented deeper than `parent` (the column of the key or `-` it belongs
   * to), each line break becoming a space. A blank or comment line ends it; a deeper line
   * after that is left to the caller, which declines it.
   */
  private plain(at: number, parent: number): unknown {
    if (!isPlainStart(this.src.charCodeAt(at))) throw NOT_SIMPLE;
    const first = this.plainLine(at);
    if (this.commented) return resolvePlain(first);
    const src = this.src;
    let text: string | undefined;
    while (this.next < this.limit) {
      let q = this.next;
      while (q < this.limit && src.charCodeAt(q) === SPACE) q++;
      if (q - this.next <= parent) break;
      const c = src.charCodeAt(q);
      if (q === this.limit || c === NEWLINE || c === HASH) break;
      if (!isPlainStart(c)) throw NOT_SIMPLE;
      this.start = q;
      this.end = this.lineEnd(q);
      this.next = this.end + 1;
      const part = this.plainLine(q);
      if (this.commented) throw NOT_SIMPLE;
      text = `${text ?? first} ${part}`;
    }
    return text === undefined ? resolvePlain(first) : resolveFolded(text);
  }

  /**
   * The plain text from `at` to the end of the current line or a comment, without trailing
   * spaces. Only the colons and hashes in it are looked at, found with indexOf() (see
   * Occurrences): most values hold neither, and reading them character by character was
   * the larger part of reading a profile.
   */
  private plainLine(at: number): string {
    const src = this.src;
    const end = this.end;
    let stop = end;
    this.commented = false;
    for (let h = this.hashes.from(at); h < end; h = this.hashes.from(h + 1)) {
      if (src.charCodeAt(h - 1) === SPACE) {
        stop = h; // ` #` starts a comment (`C#` does not)
        this.commented = true;
        break;
      }
    }
    for (let c = this.colons.from(at); c < stop; c = this.colons.from(c + 1)) {
      if (c + 1 === end || src.charCodeAt(c + 1) === SPACE) throw NOT_SIMPLE; // `a: b: c`
    }
    let last = stop;
    while (src.charCodeAt(last - 1) === SPACE) last--; // src[at] is not a space
    return sharedSlice(src, at, last, this.shareable);
  }

  /** `[a, b c]` on one line: plain items, no nesting, no quotes, no colons. */
  private flowSequence(at: number): unknown[] {
    let p = this.skipSpaces(at + 1);
    if (p < this.end && this.src.charCodeAt(p) === CLOSE_BRACKET) {
      this.after = p + 1;
      return [];
    }
    const out = this.entries; // see `entries`
    const base = out.length;
    for (;;) {
      out.push(this.flowPlain(p));
      p = this.after; // flowPlain stops on a `,`, `]` or `}` before the end of the line
      const c = this.src.charCodeAt(p);
      if (c === CLOSE_BRACKET) {
        this.after = p + 1;
        const sequence = out.slice(base);
        out.length = base;
        return sequence;
      }
      if (c !== COMMA) throw NOT_SIMPLE;
      p = this.skipSpaces(p + 1);
    }
  }

  /** `{ k: v, k2: v2 }` on one line: plain keys and plain values. */
  private flowMapping(at: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let p = this.skipSpaces(at + 1);
    if (p < this.end && this.src.charCodeAt(p) === CLOSE_BRACE) {
      this.after = p + 1;
      return out;
    }
    for (;;) {
      const colon = this.flowKeyEnd(p);
      const key = sharedSlice(this.src, p, colon, this.shareable);
      if (taken(out, key)) throw NOT_SIMPLE;
      out[key] = this.flowPlain(this.skipSpaces(colon + 1));
      p = this.after;
      const c = this.src.charCodeAt(p);
      if (c === CLOSE_BRACE) {
        this.after = p + 1;
        return out;
      }
      if (c !== COMMA) throw NOT_SIMPLE;
      p = this.skipSpaces(p + 1);
    }
  }

  /** The colon after a plain key inside a flow mapping, which must be followed by a space. */
  private flowKeyEnd(at: number): number {
    const src = this.src;
    if (at >= this.end || !isKeyStart(src.charCodeAt(at))) throw NOT_SIMPLE;
    let p = at + 1;
    while (p < this.end && isKeyPart(src.charCodeAt(p))) p++;
    if (p + 1 >= this.end || src.charCodeAt(p) !== COLON || src.charCodeAt(p + 1) !== SPACE || p - at > MAX_KEY_LENGTH) throw NOT_SIMPLE;
    if (isKeywordAt(src, at, p)) throw NOT_SIMPLE;
    return p;
  }

  /** A plain scalar inside a flow collection, up to the `,`, `]` or `}` after it (left in `after`). */
  private flowPlain(at: number): unknown {
    const src = this.src;
    if (at >= this.end || !isPlainStart(src.charCodeAt(at))) throw NOT_SIMPLE;
    let p = at;
    let last = at;
    while (p < this.end) {
      const c = src.charCodeAt(p);
      if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE) break;
      // Colons, comments, quotes and brackets inside flow scalars have rules of their own.
      if (c === COLON || c === HASH || c === OPEN_BRACKET || c === OPEN_BRACE || c === QUOTE || c === APOSTROPHE) throw NOT_SIMPLE;
      p++;
      if (c !== SPACE) last = p;
    }
    if (p === this.end) throw NOT_SIMPLE; // not closed on this line
    this.after = p;
    return resolvePlain(sharedSlice(src, at, last, this.shareable));
  }

  private skipSpaces(at: number): number {
    let p = at;
    while (p < this.end && this.src.charCodeAt(p) === SPACE) p++;
    return p;
  }
}

/**
 * `true`, `False`, `NULL`, … in any case: core-schema words (as keys, NON_NAME_KEYS and
 * their other spellings), handled only by the other readers.
 */
function isKeyword(word: string): boolean {
  return isKeywordAt(word, 0, word.length);
}

function isKeywordAt(src: string, start: number, end: number): boolean {
  const length = end - start;
  if (length !== 4 && length !== 5) return false;
  const first = src.charCodeAt(start) | 0x20; // lower case
  if (first !== 116 /* t */ && first !== 102 /* f */ && first !== 110 /* n */) return false;
  const lower = src.slice(start, end).toLowerCase();
  return lower === "true" || lower === "false" || lower === "null";
}

/**
 * What a one-line plain scalar means under the YAML 1.2 core schema, for the forms that
 * are certain: `true`, `false`, `null`, whole numbers without leading zeros, decimals such
 * as `0.25`, and dates (which stay strings). Other spellings of those (`True`, `~`, `1e3`,
 * `007`, `.5`) and anything else starting with a digit go to the other readers.
 */
function resolvePlain(text: string): unknown {
  if (isDigit(text.charCodeAt(0))) return resolveNumberLike(text);
  if (isKeyword(text)) {
    if (text === "true") return true;
    if (text === "false") return false;
    if (text === "null") return null;
    throw NOT_SIMPLE;
  }
  return text;
}

/** A folded scalar has a space in it, so it can only be a string; one that starts with a digit is left to the others. */
function resolveFolded(text: string): string {
  if (isDigit(text.charCodeAt(0))) throw NOT_SIMPLE;
  return text;
}

function resolveNumberLike(text: string): unknown {
  const n = text.length;
  let p = 0;
  let whole = 0;
  while (p < n && isDigit(text.charCodeAt(p))) whole = whole * 10 + (text.charCodeAt(p++) - 48);
  const intDigits = p;
  if (intDigits > 1 && text.charCodeAt(0) === 48) throw NOT_SIMPLE; // leading zero
  if (p === n) {
    if (intDigits > 15) throw NOT_SIMPLE;
    return whole; // exact: at most 15 digits
  }
  if (text.charCodeAt(p) === DOT) {
    p++;
    const fractionStart = p;
    while (p < n && isDigit(text.charCodeAt(p))) p++;
    if (p === n && p > fractionStart && intDigits <= 15 && p - fractionStart <= 15) return Number(text);
    throw NOT_SIMPLE;
  }
  // YYYY-MM-DD: a string under the core schema (it has no timestamp type).
  if (n === 10 && intDigits === 4 && text.charCodeAt(4) === DASH && text.charCodeAt(7) === DASH && isDigit(text.charCodeAt(5)) && isDigit(text.charCodeAt(6)) && isDigit(text.charCodeAt(8)) && isDigit(text.charCodeAt(9))) {
    return text;
  }
  throw NOT_SIMPLE;
}
