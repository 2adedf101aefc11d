import { utils, write } from '@e965/xlsx';

/**
 * .xls and .csv files made to hurt, beside the .xlsx ones (xlsx-attacks.ts): compound files whose
 * sector chains loop or whose directory claims a 4 GB workbook, built byte by byte as an attacker
 * would; a sheet of too many rows or cells; CSV files of one giant line, of nothing but commas,
 * of nothing but line breaks, and an unclosed quote.
 */

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const FREE = 0xffffffff;
const END = 0xfffffffe;

/** A compound-file header (512-byte sectors) with one FAT sector at sector 0 and the directory at sector 1. */
function cfbHeader(difat?: { start: number; count: number }): Buffer {
  const h = Buffer.alloc(512, 0);
  CFB_MAGIC.copy(h, 0);
  h.writeUInt16LE(0x3e, 24); // minor version
  h.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  h.writeUInt16LE(0xfffe, 28); // little-endian
  h.writeUInt16LE(9, 30); // sector shift: 2^9
  h.writeUInt16LE(6, 32); // mini sector shift
  h.writeUInt32LE(1, 44); // FAT sectors
  h.writeUInt32LE(1, 48); // first directory sector
  h.writeUInt32LE(0x1000, 56); // mini stream cutoff
  h.writeUInt32LE(END, 60); // no mini FAT
  h.writeUInt32LE(difat?.start ?? END, 68);
  h.writeUInt32LE(difat?.count ?? 0, 72);
  for (let i = 0; i < 109; i++) h.writeUInt32LE(FREE, 76 + i * 4);
  h.writeUInt32LE(0, 76); // the FAT is sector 0
  return h;
}

/** A directory of a root entry and a stream "Workbook" of `size` bytes starting at sector `start`. */
function directory(size: number, start: number): Buffer {
  const d = Buffer.alloc(512, 0);
  const entry = (at: number, name: string, type: number, child: number, first: number, bytes: number) => {
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(d, at);
    d.writeUInt16LE(n.length, at + 64);
    d[at + 66] = type;
    d.writeUInt32LE(FREE, at + 68); // left sibling
    d.writeUInt32LE(FREE, at + 72); // right sibling
    d.writeUInt32LE(child, at + 76);
    d.writeUInt32LE(first, at + 116);
    d.writeUInt32LE(bytes, at + 120);
  };
  entry(0, 'Root Entry', 5, 1, END, 0);
  entry(128, 'Workbook', 2, FREE, start, size);
  return d;
}

/** An .xls whose workbook stream's sector chain points back at itself, forever. */
export function loopingXls(): Buffer {
  const fat = Buffer.alloc(512);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 is the FAT
  fat.writeUInt32LE(END, 4); // sector 1 is the directory
  for (let i = 2; i < 128; i++) fat.writeUInt32LE(2, i * 4); // sector 2 is followed by sector 2
  return Buffer.concat([cfbHeader(), fat, directory(0xfffffff0, 2), Buffer.alloc(512, 0x41)]);
}

/** An .xls whose header says its sector table goes on through two billion sectors, in a loop. */
export function lyingXls(): Buffer {
  const fat = Buffer.alloc(512);
  for (let i = 0; i < 128; i++) fat.writeUInt32LE(0, i * 4);
  return Buffer.concat([cfbHeader({ start: 0, count: 0x7fffffff }), fat, directory(4096, 2)]);
}

/** A real .xls (BIFF8, as Excel 97-2003 writes it) of `rows` rows of `columns` cells. */
export function xlsOf(rows: number, columns = 3): Buffer {
  const workbook = utils.book_new();
  const data = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (c === 1 ? '蔬菜套餐' : r + c)));
  utils.book_append_sheet(workbook, utils.aoa_to_sheet(data, { dense: true }), '订单');
  return write(workbook, { type: 'buffer', bookType: 'biff8' }) as Buffer;
}

/** A CSV of one line of `bytes` bytes with no delimiter in it. */
export const csvOneLine = (bytes: number): Buffer => Buffer.alloc(bytes, 'a');
/** A CSV of one line of `bytes` commas: millions of empty cells. */
export const csvCommas = (bytes: number): Buffer => Buffer.alloc(bytes, ',');
/** A CSV of `bytes` line breaks: millions of empty rows. */
export const csvLineBreaks = (bytes: number): Buffer => Buffer.alloc(bytes, '\n');
/** A CSV that opens a quote and never closes it. */
export const csvUnclosedQuote = (bytes: number): Buffer => Buffer.concat([Buffer.from('商品,"'), Buffer.alloc(bytes, 'b')]);
/** A CSV of a header and `rows` - 1 order rows. */
export const csvRows = (rows: number): Buffer =>
  Buffer.from(['商品,数量,收货地址', ...Array.from({ length: rows - 1 }, (_, i) => `B套餐,1,阳光二期${(i % 30) + 1}号楼${100 + (i % 900)}`)].join('\n'));
