import { crc32, inflateRawSync } from 'node:zlib';

/**
 * The zip container of an .xlsx, opened without trusting it. The central directory is read from
 * the end of the file; only the entries a reader asks for are inflated, each with a cap on the
 * bytes it may inflate to (zlib stops at the cap, so a zip bomb never gets past it in memory), and
 * an entry that inflates to more or less than its header says is refused: the sizes cannot lie.
 */

export class ZipRefused extends Error {
  constructor(
    readonly problem: 'unreadable' | 'unpacksTooBig',
    why: string,
  ) {
    super(why);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An .xlsx holds a few dozen entries; a file claiming thousands is not one linli reads. */
const MAX_ENTRIES = 2000;

/** The entries the central directory lists. */
export function listEntries(zip: Buffer): ZipEntry[] {
  const end = findEndRecord(zip);
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const offset = zip.readUInt32LE(end + 16);
  if (zip.readUInt16LE(end + 4) !== 0 || zip.readUInt16LE(end + 6) !== 0) throw new ZipRefused('unreadable', 'a zip split over several disks');
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) throw new ZipRefused('unreadable', 'zip64');
  if (count > MAX_ENTRIES) throw new ZipRefused('unreadable', `${count} entries`);
  if (offset + size > end) throw new ZipRefused('unreadable', 'central directory out of the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL) throw new ZipRefused('unreadable', 'bad central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndRecord(zip: Buffer): number {
  const last = zip.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (zip.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipRefused('unreadable', 'not a zip');
}

/**
 * Inflates the named entries (those present), all together at most `maxBytes`: more is refused as
 * soon as the headers say so, and again while inflating if they lied.
 */
export function inflateEntries(zip: Buffer, entries: ZipEntry[], maxBytes: number): Map<string, Buffer> {
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > maxBytes) throw new ZipRefused('unpacksTooBig', `entries declare ${declared} bytes`);
  const out = new Map<string, Buffer>();
  let left = maxBytes;
  for (const e of entries) {
    const data = inflateEntry(zip, e, left);
    left -= data.length;
    out.set(e.name, data);
  }
  return out;
}

function inflateEntry(zip: Buffer, e: ZipEntry, left: number): Buffer {
  if (e.flags & 0x1) throw new ZipRefused('unreadable', 'encrypted entry');
  const at = e.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw new ZipRefused('unreadable', 'bad local header');
  const nameLength = zip.readUInt16LE(at + 26);
  const extraLength = zip.readUInt16LE(at + 28);
  if (zip.toString('utf8', at + 30, at + 30 + nameLength) !== e.name) throw new ZipRefused('unreadable', 'local and central names differ');
  const start = at + 30 + nameLength + extraLength;
  if (start + e.compressedSize > zip.length) throw new ZipRefused('unreadable', 'entry out of the file');
  const raw = zip.subarray(start, start + e.compressedSize);
  let data: Buffer;
  if (e.method === 0) data = raw;
  else if (e.method === 8) {
    try {
      // zlib stops at the cap: what lies about its size cannot take more memory than that.
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, Math.min(left, e.size + 1)) });
    } catch (err) {
      if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipRefused('unpacksTooBig', `${e.name} inflates past the size its header says`);
      }
      throw new ZipRefused('unreadable', `${e.name}: ${(err as Error).message}`);
    }
  } else throw new ZipRefused('unreadable', `compression method ${e.method}`);
  if (data.length !== e.size) throw new ZipRefused('unreadable', `${e.name} is not the size its header says`);
  return data;
}

/** A zip of these entries, stored (not compressed), in this order: what another reader gets to see. */
export function storedZip(files: [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
