/**
 * A WeCom (企业微信) group robot's webhook address, https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>.
 * The address is the credential: whoever has it posts into the group. It is read here, shown only
 * masked (host and the key's last four characters), stored sealed (src/kernel/secret-box.ts) and
 * opened only by the adapter that sends (src/adapters/wecom/).
 */
export const WECOM_HOST = 'qyapi.weixin.qq.com';
export const SEND_PATH = '/cgi-bin/webhook/send';
// Real keys are lowercase UUIDs (doc example: 693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa).
const KEY_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a robot address sits in a message someone wrote (to take it out, or to warn that it was posted). */
export const WEBHOOK_IN_TEXT = /https?:\/\/[\w.:-]+\/cgi-bin\/webhook\/send\?[\w.~%&=-]*/i;

/**
 * The robot's base URL and key, or undefined when this is not a WeCom robot address: only WeCom's
 * own host over https, or a loopback address on a port (the emulator the tests run).
 */
export function parseWebhookUrl(url: string): { base: string; key: string } | undefined {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (u.username || u.password || u.pathname !== SEND_PATH) return undefined;
  let base: string;
  if (u.protocol === 'https:' && u.hostname === WECOM_HOST && u.port === '') {
    base = `https://${WECOM_HOST}`;
  } else if (u.protocol === 'http:' && u.hostname === '127.0.0.1' && u.port !== '') {
    base = `http://127.0.0.1:${u.port}`; // loopback emulator, for tests only
  } else {
    return undefined;
  }
  const key = u.searchParams.get('key');
  if (!key || !KEY_RE.test(key)) return undefined;
  return { base, key };
}

/** For chat replies and listings: host and the key's last 4 characters, nothing else. */
export function maskWebhookUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return '[invalid webhook url]';
  }
  const key = u.searchParams.get('key') ?? '';
  const tail = key.length >= 12 ? key.slice(-4) : '';
  return `${u.protocol}//${u.host}${SEND_PATH}?key=…${tail}`;
}
