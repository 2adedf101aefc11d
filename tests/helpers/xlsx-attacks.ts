import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/**
 * Spreadsheets made to hurt, built byte by byte as an attacker would (no spreadsheet library):
 * a zip bomb whose sheet inflates to hundreds of megabytes and whose headers lie about it, a sheet
 * of a million rows, and a sheet just over the row limit.
 */

interface Entry {
  name: string;
  data: Buffer;
  /** Deflated bytes, when already deflated (the bomb's sheet is streamed, never held inflated). */
  deflated?: Buffer;
  size?: number;
  crc?: number;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="订单" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = `</sheetData></worksheet>`;

/** A zip of deflated entries; `lie` makes the headers claim each inflates to this many bytes at most. */
function zip(entries: Entry[], lie?: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.deflated ?? deflateRawSync(e.data);
    const size = lie !== undefined ? Math.min(lie, e.size ?? e.data.length) : (e.size ?? e.data.length);
    const crc = e.crc ?? crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const parts = (sheet: Entry): Entry[] => [
  { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
  { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
  { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
  { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WORKBOOK_RELS) },
  sheet,
];

/** Deflates text made by `chunks` as it is produced: the whole is never in memory. */
async function deflateStream(chunks: Iterable<string>): Promise<{ deflated: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  let size = 0;
  let crc = 0;
  for (const chunk of chunks) {
    const bytes = Buffer.from(chunk);
    size += bytes.length;
    crc = crc32(bytes, crc);
    if (!deflate.write(bytes)) await new Promise((r) => deflate.once('drain', r));
  }
  const ended = new Promise((r) => deflate.once('end', r));
  deflate.end();
  await ended;
  return { deflated: Buffer.concat(out), size, crc };
}

/**
 * A zip bomb: one cell of `megabytes` MB of text, a few hundred KB zipped, whose headers say the
 * sheet is a harmless few KB.
 */
export async function zipBomb(megabytes = 400): Promise<Buffer> {
  const mb = 'A'.repeat(1024 * 1024);
  function* text() {
    yield `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`;
    for (let i = 0; i < megabytes; i++) yield mb;
    yield `</t></is></c></row>${SHEET_TAIL}`;
  }
  const sheet = await deflateStream(text());
  return zip(parts({ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), ...sheet }), 12_000);
}

/** A sheet of `rows` rows (a header and numbered orders), its headers honest. */
export async function manyRows(rows: number): Promise<Buffer> {
  function* text() {
    yield `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>商品</t></is></c><c r="B1" t="inlineStr"><is><t>数量</t></is></c><c r="C1" t="inlineStr"><is><t>收货地址</t></is></c></row>`;
    let batch = '';
    for (let r = 2; r <= rows; r++) {
      batch += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>B套餐</t></is></c><c r="B${r}"><v>1</v></c><c r="C${r}" t="inlineStr"><is><t>5-${100 + (r % 900)}</t></is></c></row>`;
      if (batch.length > 1_000_000) {
        yield batch;
        batch = '';
      }
    }
    yield `${batch}${SHEET_TAIL}`;
  }
  const sheet = await deflateStream(text());
  return zip(parts({ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), ...sheet }));
}
