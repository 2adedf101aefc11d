import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SECRET_KEY_FILE, secretBox } from '../../src/kernel/secret-box.js';

const URL = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7c3e-4bc4-97a0-0ec2b1fa5aaa';
const dirs: string[] = [];
const folder = () => {
  const d = mkdtempSync(join(tmpdir(), 'linli-secret-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the secret box', () => {
  it('seals with a key file made beside the database (0600) and opens only with it, for the same record', () => {
    const dir = folder();
    const box = secretBox({ dbPath: join(dir, 'linli.db') });
    const sealed = box.seal(URL, 'wecom:robot-1');
    expect(sealed).toMatch(/^v1\.[\w-]+$/);
    expect(sealed).not.toContain('693a91f6');
    expect(statSync(join(dir, SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(box.open(sealed, 'wecom:robot-1')).toBe(URL);
    // Moved to another record, or damaged: does not open.
    expect(box.open(sealed, 'wecom:robot-2')).toBeUndefined();
    expect(box.open(`${sealed.slice(0, -2)}AA`, 'wecom:robot-1')).toBeUndefined();
    // Two seals of one address differ (a fresh nonce each time).
    expect(box.seal(URL, 'wecom:robot-1')).not.toBe(sealed);
    // A database copied without its key file: unreadable.
    const other = folder();
    expect(secretBox({ dbPath: join(other, 'linli.db') }).open(sealed, 'wecom:robot-1')).toBeUndefined();
    // With the key file copied beside it: readable (what whoever copies the whole folder has).
    writeFileSync(join(other, SECRET_KEY_FILE), readFileSync(join(dir, SECRET_KEY_FILE)));
    expect(secretBox({ dbPath: join(other, 'linli.db') }).open(sealed, 'wecom:robot-1')).toBe(URL);
  });

  it('with LINLI_SECRET_KEY: no file, and another key cannot open', () => {
    const dir = folder();
    const a = secretBox({ dbPath: join(dir, 'linli.db'), secretKey: 'the committee passphrase 2026' });
    const sealed = a.seal(URL, 'wecom:robot-1');
    expect(() => statSync(join(dir, SECRET_KEY_FILE))).toThrow();
    expect(secretBox({ dbPath: join(folder(), 'x.db'), secretKey: 'the committee passphrase 2026' }).open(sealed, 'wecom:robot-1')).toBe(URL);
    expect(secretBox({ dbPath: join(dir, 'linli.db'), secretKey: 'another passphrase entirely' }).open(sealed, 'wecom:robot-1')).toBeUndefined();
    expect(secretBox({ dbPath: join(dir, 'linli.db') }).open(sealed, 'wecom:robot-1')).toBeUndefined();
  });
});
