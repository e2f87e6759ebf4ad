// Generic PDF writing (ADR 0027): A4 pages, DejaVu Sans embedded so every name prints
// (ş, ğ, ł … are outside the standard fonts' WinAnsi), text that wraps and flows onto new
// pages. What a document says is its caller's business (lib/certificates, a sign-in sheet).
import fs from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDict, PDFDocument, PDFName, PDFString, rgb, type PDFFont, type PDFPage } from "pdf-lib";

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

export type TextStyle = { size?: number; bold?: boolean; muted?: boolean };

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
        color: style.muted ? rgb(0.35, 0.35, 0.4) : rgb(0.1, 0.1, 0.15),
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

  newPage() {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  save(): Promise<Uint8Array> {
    return this.doc.save();
  }
}
