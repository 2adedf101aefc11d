import { readSpreadsheet } from '../src/outbox/spreadsheet.js';
import { TestChat } from './helpers/chat.js';

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
