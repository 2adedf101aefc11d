import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';

const run = promisify(execFile);

/** A printed file: its pages as the printer gets them (PDF page size), and each page as a picture. */
export interface Printed {
  pages: number;
  /** Width and height of a page in points: A4 is 595 × 842 upright. */
  pageSize: { width: number; height: number };
  /** Each page as PNG, 50 dpi. */
  pngs: Buffer[];
  /** Each page's text as poppler reads it from the PDF, laid out as printed. */
  texts: string[];
  /** Each page's words where they were printed (points from the page's top left). */
  words: Word[][];
}

export interface Word {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The packages that print a spreadsheet here and in CI (`.ci/run` installs them on a fresh machine). */
const NEEDS = 'libreoffice-calc, poppler-utils and a CJK font (apt-get install -y libreoffice-calc poppler-utils fonts-wqy-microhei)';

/**
 * Prints spreadsheets the way a committee does: LibreOffice opens each .xlsx with its own print
 * settings and exports a PDF, poppler turns every page into a picture. All files go through one
 * LibreOffice start (a few seconds). Each call has its own LibreOffice profile, so test files
 * printing at the same time do not share one.
 */
export async function printSpreadsheets(files: { name: string; data: Buffer }[], keepIn?: string): Promise<Map<string, Printed>> {
  const dir = mkdtempSync(join(tmpdir(), 'linli-print-'));
  try {
    const paths = files.map((f, i) => {
      const path = join(dir, `${i}.xlsx`);
      writeFileSync(path, f.data);
      return path;
    });
    const profile = pathToFileURL(join(dir, 'profile')).href;
    try {
      await run('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths], { timeout: 120_000 });
    } catch (err) {
      throw new Error(`could not print with LibreOffice (${(err as Error).message.split('\n')[0]}): install ${NEEDS}`);
    }
    const out = new Map<string, Printed>();
    for (const [i, f] of files.entries()) {
      const pdf = join(dir, `${i}.pdf`);
      const info = (await run('pdfinfo', [pdf])).stdout;
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
      mkdirSync(join(dir, `${i}-pages`));
      await run('pdftoppm', ['-r', '50', '-png', pdf, join(dir, `${i}-pages`, 'p')]);
      const pngs = readdirSync(join(dir, `${i}-pages`)).sort().map((p) => readFileSync(join(dir, `${i}-pages`, p)));
      if (keepIn) pngs.forEach((png, p) => writeFileSync(join(keepIn, `${f.name.replace(/\.xlsx$/, '')}-${p + 1}.png`), png));
      const texts = (await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout.split('\f').slice(0, pngs.length);
      const boxes = (await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
      const words = boxes.split('<page ').slice(1).map((pageXml) =>
        [...pageXml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
          text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
          x0: Number(m[1]),
          y0: Number(m[2]),
          x1: Number(m[3]),
          y1: Number(m[4]),
        })),
      );
      out.set(f.name, {
        pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
        pageSize: { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) },
        pngs,
        texts,
        words,
      });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The share of a picture's pixels that are ink (darker than mid-grey): 0 for a blank page. */
export function inkShare(png: Buffer): number {
  const img = PNG.sync.read(png);
  let dark = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const lum = 0.299 * img.data[i]! + 0.587 * img.data[i + 1]! + 0.114 * img.data[i + 2]!;
    if (lum < 128) dark++;
  }
  return dark / (img.width * img.height);
}

/** Where the ink is: the rows (0 = top, 1 = bottom) and columns between which a page has any. */
export function inkBox(png: Buffer): { top: number; bottom: number; left: number; right: number } {
  const img = PNG.sync.read(png);
  let [top, bottom, left, right] = [img.height, 0, img.width, 0];
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      if (0.299 * img.data[i]! + 0.587 * img.data[i + 1]! + 0.114 * img.data[i + 2]! >= 128) continue;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return { top: top / img.height, bottom: bottom / img.height, left: left / img.width, right: right / img.width };
}

/**
 * What a reader of the printed page takes a row to say: for the row whose first words include
 * `rowKey`, each word of it under the header word it stands beneath (the nearest by centre).
 */
export function underHeaders(words: Word[], header: string[], rowKey: string): Record<string, string> {
  const mid = (w: Word) => (w.x0 + w.x1) / 2;
  const key = words.find((w) => w.text === rowKey);
  const headerLine = words.find((w) => w.text === header[0]);
  if (!key || !headerLine) throw new Error(`no row ${rowKey} or header ${header[0]} on the page`);
  const heads = header.map((h) => words.find((w) => w.text === h && Math.abs(w.y0 - headerLine.y0) < 3)!).filter(Boolean);
  const row = words.filter((w) => Math.abs(w.y0 - key.y0) < 3);
  const read: Record<string, string> = {};
  for (const w of row) {
    const nearest = heads.reduce((a, b) => (Math.abs(mid(b) - mid(w)) < Math.abs(mid(a) - mid(w)) ? b : a));
    read[nearest.text] = read[nearest.text] ? `${read[nearest.text]} ${w.text}` : w.text;
  }
  return read;
}
