import { describe, expect, it } from "vitest";
import { csvField, profilesCsv, SIGNAL_COLUMNS, toCsv } from "../../src/site/view/csv.js";
import { sampleSite } from "./site-helpers.js";

/** A small RFC 4180 reader, to check that what we write reads back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length) throw new Error("CSV does not end with CRLF");
  return rows;
}

describe("CSV fields", () => {
  it("are quoted when they hold a comma, a quote, a line break or edge spaces, with quotes doubled", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField(" padded ")).toBe('" padded "');
  });

  it("write numbers as numbers, booleans as true/false and missing values as empty", () => {
    expect(csvField(12.5)).toBe("12.5");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(true)).toBe("true");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("defuse text a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-cmd")).toBe("'-cmd");
    expect(csvField("@sum")).toBe("'@sum");
  });

  it("read back to the same values through an RFC 4180 reader", () => {
    const rows = [["a,b", 'q"q', "line\r\nbreak", "", 7]];
    expect(parseCsv(toCsv(["h1", "h2", "h3", "h4", "h5"], rows))).toEqual([["h1", "h2", "h3", "h4", "h5"], ["a,b", 'q"q', "line\r\nbreak", "", "7"]]);
  });
});

describe("/api/profiles.csv", () => {
  const site = sampleSite();
  const rows = parseCsv(profilesCsv(site.apiList.profiles));
  const [header, ...data] = rows;

  it("has a header and one row of the same width per profile", () => {
    expect(data).toHaveLength(site.profiles.length);
    for (const r of data) expect(r).toHaveLength(header!.length);
    expect(header).toContain("delivery_score");
    for (const s of SIGNAL_COLUMNS) expect(header).toContain(`signal_${s}`);
  });

  it("carries each profile's score, rates and review date as published in profiles.json", () => {
    const col = (name: string) => header!.indexOf(name);
    for (const [i, record] of site.apiList.profiles.entries()) {
      const r = data[i]!;
      expect(r[col("slug")]).toBe(record.slug);
      expect(r[col("name")]).toBe(record.name);
      expect(Number(r[col("delivery_score")])).toBe(record.delivery_score);
      expect(r[col("last_reviewed")]).toBe(record.last_reviewed);
      const dedicated = record.engagement_models.find((m) => m.model === "dedicated");
      expect(r[col("dedicated_min")]).toBe(dedicated?.rate ? String(dedicated.rate.min) : "");
    }
  });
});
