import type { Situation } from '../../src/runtime/understand.js';
import { normalize } from '../../src/kernel/normalize.js';
import type { MedicineStatus, NextStep } from './store/requests.js';

/** What a volunteer says about one or more requests: "#23 #24 已买到", "#25 换成络活喜", "#26 收现金200元". */
export type StatusUpdate =
  | { action: 'status'; ids: number[]; status: MedicineStatus; note?: string; nextStep?: NextStep; cashFen?: number }
  | { action: 'cardReturned'; ids: number[]; to?: string }
  | { action: 'cash'; ids: number[]; spentFen?: number; changeFen?: number; receivedFen?: number };

const MONEY = '(\\d{1,6}(?:\\.\\d{1,2})?)\\s*(?:元|块|rmb|yuan)';
const toFen = (s: string) => Math.round(Number(s) * 100);

/** Request numbers: "#23 #24", "#23、#24", "#23-#30" (a range), "＃23". */
export function findRequestIds(text: string): { ids: number[]; rest: string } {
  const ids: number[] = [];
  const rest = text.replace(/#\s*(\d{1,7})(?:\s*[-~到至]\s*#?\s*(\d{1,7}))?/g, (_all, a: string, b: string | undefined) => {
    const from = Number(a);
    const to = b === undefined ? from : Number(b);
    if (to >= from && to - from < 500) for (let i = from; i <= to; i++) ids.push(i);
    else ids.push(from);
    return ' ';
  });
  return { ids: [...new Set(ids)], rest: rest.replace(/[,,、;;和及]/g, ' ').trim() };
}

/** Reads a status update; undefined when the text names no request or says nothing we know. */
export function parseStatusUpdate(input: string): StatusUpdate | undefined {
  const { ids, rest } = findRequestIds(normalize(input));
  if (ids.length === 0) return undefined;
  const text = rest.replace(/\s+/g, '');
  let m: RegExpExecArray | null;

  if (/^(?:已?取消|作废|撤销|cancel(?:led)?)/i.test(text)) return { action: 'status', ids, status: 'cancelled' };
  if ((m = /(?:医保)?卡已还|已还卡|还卡|卡还了|cardreturned/i.exec(text))) {
    const to = /(?:给|交给|还给|to)(.{1,12})$/i.exec(text.slice(m.index + m[0].length))?.[1];
    return to ? { action: 'cardReturned', ids, to } : { action: 'cardReturned', ids };
  }
  if (/已?送达|已?送到|已?送出|已送|送好了|交付|delivered/i.test(text)) {
    const to = /(?:交给|给)(.{1,12})$/.exec(text)?.[1];
    return to ? { action: 'status', ids, status: 'delivered', note: to } : { action: 'status', ids, status: 'delivered' };
  }
  if ((m = /(?:已?替换(?:成|为)|换成|改成|替换|substituted(?:with)?)[::]?(.+)$/i.exec(rest.replace(/\s+/g, ' ').trim()))) {
    const note = m[1]!.trim();
    if (note !== '') return { action: 'status', ids, status: 'substituted', note };
  }
  if (/没货|缺货|无货|断货|配不到|买不到|没买到|没有买到|没配到|没有配到|没有药|notavailable|unavailable/i.test(text)) {
    const nextStep: NextStep = /互联网医院|网上|线上|online/i.test(text)
      ? 'internet_hospital'
      : /别的医院|其他医院|换(?:家|个|一家)?医院|另一家|otherhospital/i.test(text)
        ? 'other_hospital'
        : 'next_run';
    return { action: 'status', ids, status: 'unavailable', nextStep };
  }
  if (/已?买到|买好了|已?配到|配好了|已配好|bought/i.test(text)) return { action: 'status', ids, status: 'bought' };
  if (/在买|去医院|出发|在配|配药中|排队|到医院|buying/i.test(text)) return { action: 'status', ids, status: 'buying' };

  const spent = new RegExp(`(?:花了?|花费|用了|spent)${MONEY}`, 'i').exec(text);
  const change = new RegExp(`(?:找零|找回|退回|退还|change)${MONEY}`, 'i').exec(text);
  const received = new RegExp(`(?:收(?:到|了)?(?:现金)?|现金|cash)${MONEY}`, 'i').exec(text);
  if (/已?收(?:到|了)?(?:医保)?卡|卡和钱|卡钱|收卡|collected/i.test(text)) {
    return received ? { action: 'status', ids, status: 'collected', cashFen: toFen(received[1]!) } : { action: 'status', ids, status: 'collected' };
  }
  if (spent || change || received) {
    const u: StatusUpdate = { action: 'cash', ids };
    if (spent) u.spentFen = toFen(spent[1]!);
    if (change) u.changeFen = toFen(change[1]!);
    if (received) u.receivedFen = toFen(received[1]!);
    return u;
  }
  return undefined;
}

/** The queue asked after in words, the whole message. */
const QUEUE_ASKED = /^(?:请问)?(?:今天|现在|目前|这次|明天)?(?:要|还要|需要|还有)?(?:配|买)(?:哪些|什么|几种)药(?:呢|啊)?[\s??。]*$|^(?:今天|现在|目前)?(?:要配的药|配药单|待配的药)(?:有哪些|呢|有几个)?[\s??。]*$|^(?:我们|阿拉|咱们)?(?:这(?:个|栋)?)?(?:楼|弄堂|弄|小区|里|边)?(?:今天|现在|目前|一共|这(?:个)?(?:礼拜|星期|周))?有(?:几|多少)(?:个|位)?(?:人|户|家)?(?:要|需要|登记了?)配药(?:的)?(?:登记)?(?:呢|啊)?[\s??。]*$|^(?:还有)?(?:哪些|多少|几个)(?:药|人|户)?(?:还)?没(?:有)?配(?:到|好)?(?:呢)?[\s??。]*$|^(?:what|which|how many) (?:medicine )?(?:requests|medicines?)(?: are)? (?:open|waiting|left|to (?:buy|get|fetch))(?: today)?\s*\??$/i;
/** A medicine team member asking privately after the queue (「今天要配哪些药」): not a request of their own. */
export const teamAsksQueue = (text: string, s: Situation): boolean => !s.isGroup && s.has?.('medicine_team') === true && QUEUE_ASKED.test(text.trim());
