import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from './config.js';

/**
 * Seals secrets the database must hold (a WeCom robot's webhook address is a password: whoever has
 * it posts into the group) so that a copy of the database alone cannot use them. AES-256-GCM with a
 * key that lives outside the database: LINLI_SECRET_KEY when set (kept with the other settings, e.g.
 * /etc/linli/linli.env), else a random key in `secret.key` beside the database, created with mode
 * 0600 the first time something is sealed. The backups hold the database only, so a stolen backup
 * carries no usable address; whoever copies the whole data folder copies the key file too (set
 * LINLI_SECRET_KEY to keep the key out of that folder). A lost or changed key makes what was sealed
 * unreadable, nothing else: the secretary adds the robots again.
 */
export interface SecretBox {
  /** The sealed form of `plain`, bound to `context` (a sealed value moved to another record does not open). */
  seal(plain: string, context: string): string;
  /** The plain text, or undefined when the key is not the one it was sealed with (or the value is damaged). */
  open(sealed: string, context: string): string | undefined;
}

/** The key file's name, in the database's folder. */
export const SECRET_KEY_FILE = 'secret.key';
const VERSION = 'v1';

const boxes = new Map<string, SecretBox>();

/** The box for this configuration: one per key source, for the whole process. */
export function secretBox(config: Pick<Config, 'dbPath' | 'secretKey'>): SecretBox {
  const id = config.secretKey !== undefined ? `env:${config.secretKey}` : `file:${config.dbPath}`;
  let box = boxes.get(id);
  if (!box) {
    box = makeBox(keySource(config));
    boxes.set(id, box);
  }
  return box;
}

type KeySource = { read(): Buffer | undefined; create(): Buffer };

function keySource(config: Pick<Config, 'dbPath' | 'secretKey'>): KeySource {
  if (config.secretKey !== undefined) {
    const key = derive(Buffer.from(config.secretKey, 'utf8'));
    return { read: () => key, create: () => key };
  }
  // A database in memory (tests, tools) gets a key that lives as long as the process, like the database.
  if (config.dbPath === ':memory:') {
    const key = randomBytes(32);
    return { read: () => key, create: () => key };
  }
  const file = join(dirname(config.dbPath), SECRET_KEY_FILE);
  const read = (): Buffer | undefined => {
    try {
      const raw = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
      return raw.length >= 16 ? derive(raw) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    read,
    create: () => {
      const existing = read();
      if (existing) return existing;
      mkdirSync(dirname(file), { recursive: true });
      try {
        writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err; // another process made it first
      }
      chmodSync(file, 0o600);
      return read()!;
    },
  };
}

/** A 256-bit key from what was given (a passphrase, or the key file's random bytes). */
const derive = (material: Buffer): Buffer => Buffer.from(hkdfSync('sha256', material, 'linli', 'linli secret box v1', 32));

function makeBox(source: KeySource): SecretBox {
  return {
    seal(plain, context) {
      const key = source.create();
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    open(sealed, context) {
      const key = source.read();
      const [version, data] = sealed.split('.');
      if (!key || version !== VERSION || !data) return undefined;
      const raw = Buffer.from(data, 'base64url');
      if (raw.length < 28) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        return undefined; // another key, or a damaged value
      }
    },
  };
}
