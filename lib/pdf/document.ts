// Generic PDF writing (ADR 0027): A4 pages, DejaVu Sans embedded so every name prints
// (ş, ğ, ł … are outside the standard fonts' WinAnsi), text that wraps and flows onto new
// pages. What a document says is its caller's business (lib/certificates, a sign-in sheet).
import fs from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  rgb,
  type PDFFont,
  type PDFPage,
} from "pdf-lib";

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

export type TextStyle = { size?: number; bold?: boolean; muted?: boolean };
/** A table column: its header and its share of the page width (the shares are relative to each other). */
export type Column = { header: string; share: number };

const TEXT = rgb(0.1, 0.1, 0.15);
const MUTED = rgb(0.35, 0.35, 0.4);
const LINE = rgb(0.55, 0.57, 0.65);
const CELL_PADDING = 4;

let fonts: Promise<{ regular: Buffer; bold: Buffer }> | null = null;
function fontFiles() {
  fonts ??= Promise.all([
    fs.readFile(path.join(FONT_DIR, "DejaVuSans.ttf")),
    fs.readFile(path.join(FONT_DIR, "DejaVuSans-Bold.ttf")),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

/** Splits `text` into lines no wider than `width` at `size`, breaking at spaces (a longer word keeps its own line). */
export function wrap(text: string, font: Pick<PDFFont, "widthOfTextAtSize">, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Which rows go on which page: in order, each page as many as fit in its space (the first
 * page what is left on the current one, later pages a whole one). A page holds at least
 * one row, so a row taller than a page is still printed. No rows: one page (its header).
 */
export function paginateRows(heights: number[], space: { first: number; next: number }): number[][] {
  const pages: number[][] = [[]];
  let left = space.first;
  heights.forEach((height, row) => {
    if (height > left && pages.at(-1)!.length > 0) {
      pages.push([]);
      left = space.next;
    }
    pages.at(-1)!.push(row);
    left -= height;
  });
  return pages;
}

/** `line` in pieces no wider than `width`, cut between characters (for a word wider than a table column). */
function cutToWidth(line: string, font: Pick<PDFFont, "widthOfTextAtSize">, size: number, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const character of line) {
    if (piece && font.widthOfTextAtSize(piece + character, size) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += character;
  }
  return [...pieces, piece];
}

/** A document being written top to bottom; `save` gives its bytes. */
export class PdfWriter {
  private page: PDFPage;
  private y: number;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  static async create(meta: { title: string; author: string; language: string }) {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const files = await fontFiles();
    const [regular, bold] = await Promise.all([
      doc.embedFont(files.regular, { subset: true }),
      doc.embedFont(files.bold, { subset: true }),
    ]);
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    doc.setAuthor(meta.author);
    doc.setCreator(meta.author);
    doc.setLanguage(meta.language);
    return new PdfWriter(doc, regular, bold);
  }

  get contentWidth() {
    return A4.width - 2 * MARGIN;
  }

  /** Writes `text`, wrapped to the page width, starting a new page when it runs out. */
  text(text: string, style: TextStyle = {}) {
    const size = style.size ?? 11;
    const font = style.bold ? this.bold : this.regular;
    const leading = size * 1.35;
    for (const line of wrap(text, font, size, this.contentWidth)) {
      if (this.y - leading < MARGIN) this.newPage();
      this.y -= leading;
      this.page.drawText(line, {
        x: MARGIN,
        y: this.y,
        size,
        font,
        color: style.muted ? MUTED : TEXT,
      });
    }
  }

  /** Writes `text` like `text` and makes the lines it took a link to `url` (a URI action readers open). */
  link(text: string, url: string, style: TextStyle = {}) {
    const size = style.size ?? 11;
    const font = style.bold ? this.bold : this.regular;
    const top = this.y;
    const page = this.page;
    this.text(text, style);
    if (page !== this.page) return;
    const width = Math.min(this.contentWidth, font.widthOfTextAtSize(text, size));
    const annotation = this.doc.context.register(
      this.doc.context.obj({
        Type: "Annot",
        Subtype: "Link",
        Rect: [MARGIN, this.y - size * 0.3, MARGIN + width, top],
        Border: [0, 0, 0],
        A: { Type: "Action", S: "URI", URI: PDFString.of(url) },
      }),
    );
    page.node.addAnnot(annotation);
  }

  /** The URIs of every link in the document at `bytes` (for tests and checks). */
  static async linksOf(bytes: Uint8Array): Promise<string[]> {
    const doc = await PDFDocument.load(bytes);
    return doc.getPages().flatMap((page) =>
      (page.node.Annots()?.asArray() ?? []).flatMap((ref) => {
        const action = doc.context.lookupMaybe(ref, PDFDict)?.lookupMaybe(PDFName.of("A"), PDFDict);
        const uri = action?.lookupMaybe(PDFName.of("URI"), PDFString);
        return uri ? [uri.decodeText()] : [];
      }),
    );
  }

  /** Vertical space in points. */
  space(points: number) {
    this.y -= points;
  }

  /** A thin line across the page. */
  rule() {
    this.space(6);
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4.width - MARGIN, y: this.y },
      thickness: 0.75,
      color: rgb(0.7, 0.72, 0.8),
    });
    this.space(6);
  }

  /**
   * A table with ruled cells: each cell's text wrapped to its column, each row at least
   * `minRowHeight` high (room to sign), flowing onto new pages with the header row repeated.
   */
  table(columns: Column[], rows: string[][], options: { size?: number; minRowHeight?: number } = {}) {
    const size = options.size ?? 10;
    const total = columns.reduce((sum, column) => sum + column.share, 0);
    const widths = columns.map((column) => (column.share / total) * this.contentWidth);
    const cells = (row: string[], font: PDFFont) =>
      row.map((cell, i) => {
        const width = widths[i] - 2 * CELL_PADDING;
        return wrap(cell, font, size, width).flatMap((line) => cutToWidth(line, font, size, width));
      });
    const heightOf = (lines: string[][], min: number) =>
      Math.max(min, Math.max(1, ...lines.map((l) => l.length)) * size * 1.3 + 2 * CELL_PADDING);
    const header = cells(
      columns.map((column) => column.header),
      this.bold,
    );
    const headerHeight = heightOf(header, 0);
    const body = rows.map((row) => cells(row, this.regular));
    const heights = body.map((lines) => heightOf(lines, options.minRowHeight ?? 0));
    const next = A4.height - 2 * MARGIN - headerHeight;
    if (this.y - MARGIN - headerHeight < Math.min(heights[0] ?? 0, next)) this.newPage();
    paginateRows(heights, { first: this.y - MARGIN - headerHeight, next }).forEach((page, index) => {
      if (index > 0) this.newPage();
      this.row(header, widths, headerHeight, size, this.bold, true);
      for (const row of page) this.row(body[row], widths, heights[row], size, this.regular, false);
    });
  }

  private row(lines: string[][], widths: number[], height: number, size: number, font: PDFFont, shaded: boolean) {
    const top = this.y;
    let x = MARGIN;
    lines.forEach((cell, i) => {
      this.page.drawRectangle({
        x,
        y: top - height,
        width: widths[i],
        height,
        borderColor: LINE,
        borderWidth: 0.5,
        color: shaded ? rgb(0.93, 0.94, 0.97) : undefined,
      });
      cell.forEach((line, n) => {
        if (!line) return;
        const y = top - CELL_PADDING - size - n * size * 1.3;
        this.page.drawText(line, { x: x + CELL_PADDING, y, size, font, color: TEXT });
      });
      x += widths[i];
    });
    this.y = top - height;
  }

  /** Writes `label(page, total)` at the foot of every page; call it last, when every page exists. */
  numberPages(label: (page: number, total: number) => string) {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const text = label(index + 1, pages.length);
      const size = 9;
      page.drawText(text, {
        x: A4.width - MARGIN - this.regular.widthOfTextAtSize(text, size),
        y: MARGIN / 2,
        size,
        font: this.regular,
        color: MUTED,
      });
    });
  }

  /**
   * The text drawn on each page of a document this writer made, one string per line or
   * cell line in drawing order (for tests and checks; read through the fonts' ToUnicode maps).
   */
  static async textOf(bytes: Uint8Array): Promise<string[][]> {
    const doc = await PDFDocument.load(bytes);
    const streamText = (ref: unknown) => {
      const stream = doc.context.lookup(ref as never);
      return stream instanceof PDFRawStream
        ? new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode())
        : "";
    };
    return doc.getPages().map((page) => {
      const fonts = page.node.Resources()?.lookupMaybe(PDFName.of("Font"), PDFDict);
      const maps = new Map<string, Map<string, string>>();
      for (const [name, ref] of fonts?.entries() ?? []) {
        const unicode = doc.context.lookupMaybe(ref, PDFDict)?.get(PDFName.of("ToUnicode"));
        const cmap = unicode ? streamText(unicode) : "";
        const pairs = [...cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/gi)].map(
          ([, glyph, text]) =>
            [glyph.toLowerCase(), String.fromCharCode(...text.match(/.{4}/g)!.map((h) => parseInt(h, 16)))] as const,
        );
        maps.set(name.asString(), new Map(pairs));
      }
      const contents = page.node.Contents();
      const refs = contents instanceof PDFArray ? contents.asArray() : [page.node.get(PDFName.of("Contents"))];
      const content = refs.map(streamText).join("\n");
      const lines: string[] = [];
      let font = new Map<string, string>();
      for (const [, fontName, hex] of content.matchAll(/(\/[^\s/]+) [\d.]+ Tf|<([0-9a-f]*)> Tj/gi)) {
        if (fontName) font = maps.get(fontName) ?? new Map();
        else
          lines.push(
            hex
              .match(/.{4}/g)
              ?.map((glyph) => font.get(glyph.toLowerCase()) ?? "")
              .join("") ?? "",
          );
      }
      return lines;
    });
  }

  newPage() {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  save(): Promise<Uint8Array> {
    return this.doc.save();
  }
}
