import { parseNumber } from '../../src/kernel/chinese.js';
import { findWhen, localDate } from '../../src/kernel/time.js';
import type { DocumentKind, Item } from './store/groupbuys.js';

/** A group-buy as the leader wrote it, read without a database. */
export interface Registration {
  title?: string;
  supplier?: string;
  householdLimit?: number;
  deadlineAt?: number;
  deliveryDate?: string;
  /** Where the supplier delivers, as written ("阳光二期北门"). */
  address?: string;
  items: Item[];
  documents: { kind: DocumentKind; declared: string; takenAt?: number }[];
  /** Lines that could not be read, as written. */
  unread: string[];
}

/** "100" → 10000, "99.5" → 9950, "12.05" → 1205: yuan as written to integer fen, without floats. */
export function parseFen(text: string): number | undefined {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) {
    const n = parseNumber(text.trim());
    return n === undefined ? undefined : n * 100;
  }
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 15000 → "150", 9950 → "99.5", 1205 → "12.05": fen as residents read yuan. */
export function formatYuan(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const cents = fen % 100;
  if (cents === 0) return String(yuan);
  return `${yuan}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

// An item line: "A套餐 100元: 鸡蛋、蔬菜、肉", "B 150元", "C款 99.5元 水果".
const ITEM = /^([A-Za-z])\s*(套餐|餐|款|包|套)?\s*[::]?\s*(\d{1,7}(?:\.\d{1,2})?)\s*(?:元|块)\s*[::,,]?\s*(.*)$/;

const FIELDS: [RegExp, keyof typeof SETTERS][] = [
  [/^(?:标题|团名|名称|团购名称|title)$/i, 'title'],
  [/^(?:供应商|商家|供货商|supplier)$/i, 'supplier'],
  [/^(?:每户限购|限购|每户限|每户|limit)$/i, 'limit'],
  [/^(?:截止|截单|截团|截止时间|deadline)$/i, 'deadline'],
  [/^(?:送达|送货|配送|到货|送达日期|delivery)$/i, 'delivery'],
  [/^(?:送货地址|送达地址|配送地址|地址|address|delivery address)$/i, 'address'],
  [/^(?:营业执照|供应商证照|证照|资质|供应商资质|certificate)$/i, 'supplier_cert'],
  [/^(?:通行证|车辆通行证|pass|traffic pass)$/i, 'traffic_pass'],
  [/^(?:送货员核酸|配送员核酸|送货员|配送员|staff test)$/i, 'staff_test'],
  [/^(?:司机核酸|司机|driver test)$/i, 'driver_test'],
];

type Setter = (r: Registration, value: string, now: number, tz: string) => boolean;

const testDate: (kind: DocumentKind) => Setter = (kind) => (r, value, now, tz) => {
  const when = findWhen(value, now, tz);
  if (!when) return false;
  // "今天" without a time reads as 23:59 today: the test was taken today, so by now at the latest.
  const takenAt = when.at > now && localDate(when.at, tz) === localDate(now, tz) ? now : when.at;
  r.documents.push({ kind, declared: value, takenAt });
  return true;
};

const SETTERS = {
  title: (r: Registration, v: string) => ((r.title = v.slice(0, 60)), v !== ''),
  supplier: (r: Registration, v: string) => ((r.supplier = v.slice(0, 60)), v !== ''),
  address: (r: Registration, v: string) => ((r.address = v.slice(0, 80)), v !== ''),
  limit: (r: Registration, v: string) => {
    const n = parseNumber(v.replace(/[份套个]$/, '').trim());
    if (n === undefined || n <= 0) return false;
    r.householdLimit = n;
    return true;
  },
  deadline: (r: Registration, v: string, now: number, tz: string) => {
    const when = findWhen(v, now, tz);
    if (!when) return false;
    r.deadlineAt = when.at;
    return true;
  },
  delivery: (r: Registration, v: string, now: number, tz: string) => {
    const when = findWhen(v, now, tz);
    if (!when) return false;
    r.deliveryDate = localDate(when.at, tz);
    return true;
  },
  supplier_cert: (r: Registration, v: string) => (r.documents.push({ kind: 'supplier_cert', declared: v }), v !== ''),
  traffic_pass: (r: Registration, v: string) => (r.documents.push({ kind: 'traffic_pass', declared: v }), v !== ''),
  staff_test: testDate('staff_test'),
  driver_test: testDate('driver_test'),
} satisfies Record<string, Setter>;

/** Reads a registration written as lines "标题: …", "A套餐 100元: …", "截止: 明天20:00" … (normalised text). */
export function readRegistration(text: string, now: number, tz: string): Registration {
  const r: Registration = { items: [], documents: [], unread: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const item = ITEM.exec(line);
    if (item) {
      const code = item[1]!.toUpperCase();
      if (r.items.some((i) => i.code === code)) {
        r.unread.push(line);
        continue;
      }
      r.items.push({ code, name: `${code}${item[2] ?? '套餐'}`, contents: item[4]!.trim().slice(0, 100), price_fen: parseFen(item[3]!)! });
      continue;
    }
    const kv = /^([^::]{1,12})[::]\s*(.*)$/.exec(line);
    const field = kv ? FIELDS.find(([re]) => re.test(kv[1]!.trim())) : undefined;
    if (!kv || !field || !SETTERS[field[1]](r, kv[2]!.trim(), now, tz)) {
      if (r.title === undefined && !kv && r.items.length === 0) r.title = line.slice(0, 60);
      else r.unread.push(line);
    }
  }
  return r;
}

/** Whether a negative test is recent enough: taken no more than 48 hours before the delivery day starts. */
export function testIsFresh(takenAt: number, deliveryStart: number, now: number): boolean {
  return takenAt <= now && deliveryStart - takenAt <= 48 * 3600_000;
}
