import { t } from '../kernel/catalogue.js';
import type { Lang, Menu, MenuAudience } from '../kernel/types.js';
import type { AnyCommand } from './command.js';
import type { Registry } from './registry.js';

/** What a platform accepts as a menu command: Latin letters, digits and _ (Telegram's rule). */
const MENU_NAME = /^[a-z0-9_]{1,32}$/;
const AUDIENCES: MenuAudience[] = ['private', 'group', 'admin'];
const MENU_LANGS: Lang[] = ['zh-CN', 'zh-TW', 'en'];

/** A command's name in a menu: its shortest Latin alias (Chinese names cannot be menu commands). */
export function menuName(command: AnyCommand): string | undefined {
  return [command.name, ...command.aliases].filter((a) => MENU_NAME.test(a)).sort((a, b) => a.length - b.length)[0];
}

/** The commands offered first, in their order (src/runtime/command.ts, `menu`). */
export const offered = (registry: Registry): AnyCommand[] =>
  registry.commands.filter((c) => c.menu).sort((a, b) => a.menu!.rank - b.menu!.rank);

/**
 * The command menus, one per audience and language, from the commands' own `menu` (one source):
 * the Latin name and a few words in the audience's language.
 */
export function menusOf(registry: Registry): Menu[] {
  const commands = offered(registry);
  return AUDIENCES.flatMap((audience) =>
    MENU_LANGS.map((lang) => ({
      audience,
      lang,
      commands: commands
        .filter((c) => c.menu!.for.includes(audience) && menuName(c))
        .map((c) => ({ command: menuName(c)!, description: t(lang, c.menu!.about) })),
    })),
  );
}
