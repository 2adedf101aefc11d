import { createRequire } from 'node:module';

/**
 * The wechaty puppets linli knows (WECHATY_PUPPET), and what each is for. Read before wechaty is
 * loaded, so a wrong name is one clear line rather than wechaty's advice to `npm install` it.
 */
export const KNOWN_PUPPETS = {
  'wechaty-puppet-wechat4u': 'free web WeChat, no token',
  'wechaty-puppet-service': 'a paid protocol, with WECHATY_PUPPET_TOKEN',
  'wechaty-puppet-mock': 'for tests only: no WeChat at all',
} as const;

/** The puppet used when WECHATY_PUPPET names none: the web protocol, which needs no paid token. */
export const DEFAULT_PUPPET = 'wechaty-puppet-wechat4u';

export class PuppetError extends Error {}

/** WECHATY_PUPPET=wechat4u (or on, default) means the free web-protocol puppet; anything else is an npm name. */
export function puppetName(setting: string): string {
  const s = setting.trim().toLowerCase();
  if (['', 'on', 'true', '1', 'yes', 'default', 'wechat4u'].includes(s)) return DEFAULT_PUPPET;
  if (s === 'mock') return 'wechaty-puppet-mock';
  if (s === 'service') return 'wechaty-puppet-service';
  return setting.trim();
}

const require = createRequire(import.meta.url);
/** Whether `npm ci` put the package here. (A package that exports only for `import` is there all the same.) */
const installed = (name: string): boolean => {
  try {
    require.resolve(name);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_PACKAGE_PATH_NOT_EXPORTED';
  }
};

/** The puppets linli knows, as one line ("wechat4u (free web WeChat, no token), …"). */
export const knownPuppetsLine = (): string =>
  Object.entries(KNOWN_PUPPETS)
    .map(([name, what]) => `${name === DEFAULT_PUPPET ? 'wechat4u' : name} (${what})`)
    .join(', ');

/**
 * The npm name of the puppet WECHATY_PUPPET asks for. A name linli does not know is taken only when
 * it is installed (someone chose it on purpose); otherwise a PuppetError says, in one line, which
 * puppets linli knows.
 */
export function checkPuppet(setting: string): { name: string; known: boolean; forTests: boolean } {
  const name = puppetName(setting);
  const known = name in KNOWN_PUPPETS;
  if (!installed(name)) {
    const what = known ? `is not installed here (npm ci installs wechat4u and the service puppet)` : `is not a puppet linli knows`;
    throw new PuppetError(`WECHATY_PUPPET=${setting.trim()} ${what}. Use one of: ${knownPuppetsLine()}.`);
  }
  return { name, known, forTests: name === 'wechaty-puppet-mock' };
}
