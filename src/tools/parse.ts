import { allCapabilities } from '../app.js';
import { Registry } from '../runtime/registry.js';

/**
 * `npm run parse -- "text"`: how the router understands one message, as JSON, without a database.
 * Add --private to read it as a private chat.
 */
const argv = process.argv.slice(2);
const isGroup = !argv.includes('--private');
const text = argv.filter((a) => a !== '--private').join(' ');
const { router } = new Registry(allCapabilities, ['linli', '邻里', '邻里助手']);
const parsed = router.route({ text, isGroup });

const out =
  parsed.kind === 'command'
    ? {
        forBot: true,
        command: parsed.command.name,
        via: parsed.via,
        args: parsed.args.ok ? parsed.args.value : undefined,
        problem: parsed.args.ok ? undefined : parsed.args.error.key,
        lang: parsed.lang ?? 'zh-CN',
        normalized: parsed.text,
      }
    : { forBot: false, reason: parsed.reason, lang: parsed.lang ?? 'zh-CN', normalized: parsed.text };
console.log(JSON.stringify(out, null, 2));
