import { readSpreadsheet } from '../../src/outbox/spreadsheet.js';
import { TestChat } from '../helpers/chat.js';

/** Blank cells read back as holes; make them null so rows compare as written. */
export const dense = (sheets: Awaited<ReturnType<typeof readSpreadsheet>>) =>
  sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => Array.from(r, (v) => v ?? null)) }));

/** What a leader pastes to register a group-buy (lines joined by the console's \n). */
export const REGISTRATION = [
  '/团购登记',
  '标题: 4月21日蔬菜套餐',
  '供应商: 浦东绿源农产品公司',
  'A套餐 100元: 鸡蛋、蔬菜、肉',
  'B套餐 150元: 蔬菜、水果、肉',
  'C 88.5元',
  '每户限购: 5份',
  '截止: 今天20:00',
  '送达: 4月21日',
  '营业执照: 91310115MA1K4XXXX',
  '通行证: 沪A-2026-0042',
  '送货员核酸: 4月19日 阴性',
  '司机核酸: 4月19日 阴性',
].join('\\n');

/** A community "阳光二期" with its group bound, a leader granted and known there. */
export async function communityWithLeader(): Promise<TestChat> {
  const chat = new TestChat();
  await chat.say('secretary: /bind 阳光二期');
  await chat.say('leader: 大家好');
  await chat.say('secretary: /授权 @leader 团长');
  return chat;
}

/** Registers, approves and launches group-buy #1 in the console group; returns the chain post. */
export async function launchedGroupBuy(chat: TestChat): Promise<{ id: number; chainMessageId: string; chainText: string }> {
  await chat.say(`leader (private): ${REGISTRATION}`);
  await chat.say('secretary (private): /团购审批 1');
  const [post] = await chat.say('leader: /发团 1');
  if (!post) throw new Error('no chain posted');
  return { id: 1, chainMessageId: post.id, chainText: post.text };
}

const CN = ['零', '一', '两', '三', '四', '五'];
const TW = ['零', '一', '兩', '三', '四', '五'];
export const fullWidth = (s: string) =>
  s.replace(/[0-9A-Za-z\-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).replace(/ /g, '\u3000');

export type Items = Map<string, number>;

/** One resident's line in their own way of writing. */
export function lineFor(style: number, n: number, building: number, room: number, items: Items): string {
  const entries = [...items.entries()];
  switch (style) {
    case 0:
      return `${n}. ${building}-${room} ${entries.map(([c, q]) => `${c}×${q}`).join(' ')}`;
    case 1:
      return `${building}号楼${room} ${entries.map(([c, q]) => `${c}套餐${CN[q]}份`).join(',')}`;
    case 2:
      return `${building}-${room} 王 ${entries.map(([c, q]) => `${c}${q}`).join(' ')}`;
    case 3:
      return `${n}、${building}號樓${room}室 ${entries.map(([c, q]) => `${c}套餐${TW[q]}份`).join(' ')}`;
    case 4:
      return fullWidth(`${building}-${room} ${entries.map(([c, q]) => `${c}×${q}`).join(' ')}`);
    case 5:
      return `🙏${building}栋${room} ${entries.map(([c, q]) => `${c}x${q}`).join(' ')} 谢谢团长😊`;
    default:
      return `${n} ${building}#${room} ${entries.map(([c, q]) => `${c.toLowerCase()} * ${q}`).join(' ')}`;
  }
}

