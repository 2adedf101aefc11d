/**
 * A card (the daily bulletin) as a picture: satori lays out a plain object tree and draws every
 * glyph as an SVG path, resvg turns the SVG into a PNG. No browser, no system font: the glyphs come
 * from npm font packages (card-fonts.ts), so the picture is the same on every machine. Heavy
 * (~110 MB and a few hundred ms a card): the bot loads it only in a short-lived renderer process
 * (cards.ts), never in the process that answers residents.
 */
import { setImmediate } from 'node:timers/promises';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import satori, { type Font, type SatoriNode } from 'satori';
import type { CardSpec } from '../kernel/types.js';
import { covers, fontsFor, type Script, type Weight } from './card-fonts.js';

type BulletinCard = Omit<CardSpec, 'name'>;

export const WIDTH = 1080;
/** Beyond this the card is cut and ends with "…更多见文字版". */
export const MAX_HEIGHT = 4000;

const MORE: Record<BulletinCard['lang'], string> = {
  'zh-CN': '…更多见文字版',
  'zh-TW': '…更多見文字版',
  en: '… more in the text version',
};
const SCRIPTS: Record<BulletinCard['lang'], Script[]> = {
  'zh-CN': ['sc', 'tc'],
  'zh-TW': ['tc', 'sc'], // Taiwan/HK glyph forms first
  en: ['sc', 'tc'],
};
const WEIGHTS: Weight[] = [400, 700];

/** resvg gets no fonts at all: satori already turned text into paths. */
export const RESVG_OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: 'original' },
  background: '#ffffff',
  font: { loadSystemFonts: false, fontFiles: [], fontDirs: [] },
};

// Colours help, but every meaning is also in words, weight and position, and all
// text is dark-on-light or white-on-dark so it survives a black-and-white copy.
const C = {
  ink: '#111827',
  soft: '#374151',
  brand: '#0b4f8a', // header band
  brandText: '#ffffff',
  brandSub: '#d6e6f5',
  paper: '#ffffff',
  page: '#eef2f6',
  rule: '#cbd5e1',
  accent: ['#c2410c', '#0b4f8a', '#15803d', '#7c3aed', '#b91c1c'],
  notice: '#fff7e0',
};

// --- a tiny element helper (satori takes React-like objects, no JSX needed) ---
type Child = El | string;
interface El { type: string; key?: string; props: { style?: Record<string, unknown>; children?: Child | Child[] } }
type SatoriInput = Parameters<typeof satori>[0];
const el = (style: Record<string, unknown>, children?: Child | Child[], key?: string): El =>
  ({ type: 'div', ...(key ? { key } : {}), props: { style: { display: 'flex', ...style }, children } });

/** Figures in bold, so counts and times stand out (weight, not colour, carries it). */
const FIGURE = /((?<![\w/.-])#?\d+(?:[.:：]\d+)*%?(?![\w/]))/; // 23, #1, 20:00, 95% — not inside URLs or words
function emphasiseNumbers(line: string): Child[] {
  return line.split(FIGURE) // captured figures land at odd indexes
    .map((part, k): Child => (k % 2 ? { type: 'span', props: { style: { fontWeight: 700 }, children: part } } : part))
    .filter((part) => part !== '');
}

function header(card: BulletinCard): El {
  return el({ flexDirection: 'column', background: C.brand, color: C.brandText, padding: '52px 64px 48px' }, [
    el({ fontSize: 44, fontWeight: 700, color: C.brandSub, letterSpacing: 1 }, card.community),
    el({ fontSize: 84, fontWeight: 700, lineHeight: 1.15, marginTop: 8 }, card.title),
    el({ fontSize: 46, fontWeight: 400, color: C.brandSub, marginTop: 14 }, card.date),
  ]);
}

type Section = BulletinCard['sections'][number];
const SECTION_CLOSE = 24 + 4; // padding and border below a section's last line

function section(s: Section, i: number): El {
  const first = i === 0; // notices come first and are framed more strongly
  const accent = C.accent[i % C.accent.length] ?? C.ink;
  return el({
    flexDirection: 'column',
    background: first ? C.notice : C.paper,
    border: `${first ? 4 : 2}px solid ${first ? C.ink : C.rule}`,
    borderLeft: `16px solid ${accent}`,
    borderRadius: 16,
    padding: '28px 40px 24px 36px',
    marginTop: 32,
  }, [
    el({ fontSize: 56, fontWeight: 700, color: C.ink, lineHeight: 1.3, paddingBottom: 12, borderBottom: `2px solid ${C.rule}`, marginBottom: 8 }, s.title),
    ...s.lines.map((line, j) => el({ flexDirection: 'row', marginTop: 14 }, [
      // a drawn dot, centred on the first line (48 px × 1.45 line height)
      el({ width: 16, height: 16, borderRadius: 8, background: C.ink, flexShrink: 0, marginTop: 27, marginRight: 20 }),
      el({ display: 'block', flex: 1, fontSize: 48, lineHeight: 1.45, color: C.ink, overflowWrap: 'break-word', minWidth: 0 }, emphasiseNumbers(line)),
    ], `line-${i}-${j}`)),
  ]);
}

const MORE_BLOCK = { fontSize: 48, lineHeight: 1.3, marginTop: 32 };
const BODY_PADDING_BOTTOM = 48;

function tree(card: BulletinCard, sections: Section[], more: boolean, family: string): El {
  const bottom: El[] = [];
  if (more) bottom.push(el({ ...MORE_BLOCK, fontWeight: 700, color: C.ink, justifyContent: 'center' }, MORE[card.lang]));
  if (card.footer) bottom.push(el({ fontSize: 36, color: C.soft, marginTop: 32, paddingTop: 20, borderTop: `2px solid ${C.rule}`, lineHeight: 1.4 }, card.footer, 'footer'));
  return el({ width: WIDTH, flexDirection: 'column', background: C.page, fontFamily: family, color: C.ink }, [
    header(card),
    el({ flexDirection: 'column', padding: `8px 40px ${BODY_PADDING_BOTTOM}px` }, [
      ...sections.map((s, i) => section(s, i)),
      ...bottom,
    ]),
  ]);
}

/** Drops characters no font package covers (emoji, private use), so no tofu boxes. */
function clean(text: string, scripts: Script[]): string {
  return [...text].filter((ch) => /\s/.test(ch) || covers(scripts, ch)).join('').replace(/\s+/g, ' ').trim();
}

function allText(card: BulletinCard): string {
  return [card.title, card.community, card.date, card.footer ?? '', MORE[card.lang],
    ...card.sections.flatMap((s) => [s.title, ...s.lines])].join('\n');
}

async function toSvg(node: El, fonts: Font[], onNode?: (n: SatoriNode) => void) {
  const svg = await satori(node as SatoriInput, { width: WIDTH, fonts, ...(onNode ? { onNodeDetected: onNode } : {}) });
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { svg, height };
}

/** Lays the card out as SVG (text as paths), cutting it to MAX_HEIGHT if needed. */
export async function renderCardSvg(input: BulletinCard): Promise<{ svg: string; height: number; truncated: boolean }> {
  const scripts = SCRIPTS[input.lang];
  const tidy = (t: string) => clean(t, scripts);
  const card: BulletinCard = {
    lang: input.lang,
    title: tidy(input.title),
    community: tidy(input.community),
    date: tidy(input.date),
    ...(input.footer ? { footer: tidy(input.footer) } : {}),
    sections: input.sections.map((s) => ({ title: tidy(s.title), lines: s.lines.map(tidy).filter(Boolean) })),
  };
  const { fonts, family } = fontsFor(allText(card), scripts, WEIGHTS);

  // First pass: everything, noting where each line ends (satori reports absolute boxes).
  const box = new Map<string, { bottom: number; height: number }>();
  const full = await toSvg(tree(card, card.sections, false, family), fonts, (n) => {
    if (n.key !== undefined) box.set(String(n.key), { bottom: n.top + n.height, height: n.height });
  });
  if (full.height <= MAX_HEIGHT) return { ...full, truncated: false };

  // Too tall: keep the lines that still fit above the "more" line and the footer.
  const footer = card.footer ? 32 + (box.get('footer')?.height ?? 0) : 0;
  const more = MORE_BLOCK.marginTop + Math.ceil(MORE_BLOCK.fontSize * MORE_BLOCK.lineHeight);
  const limit = MAX_HEIGHT - BODY_PADDING_BOTTOM - more - footer - SECTION_CLOSE;
  const kept: Section[] = [];
  for (const [i, s] of card.sections.entries()) {
    const lines = s.lines.filter((_, j) => (box.get(`line-${i}-${j}`)?.bottom ?? Infinity) <= limit);
    if (lines.length > 0) kept.push({ title: s.title, lines });
    if (lines.length < s.lines.length) break;
  }
  let cut = await toSvg(tree(card, kept, true, family), fonts);
  while (cut.height > MAX_HEIGHT && dropLastLine(kept)) cut = await toSvg(tree(card, kept, true, family), fonts);
  return { ...cut, truncated: true };
}

function dropLastLine(sections: Section[]): boolean {
  const last = sections.at(-1);
  if (!last) return false;
  last.lines.pop();
  if (last.lines.length === 0) sections.pop();
  return true;
}

/** The card as a PNG, WIDTH px wide. */
export async function renderCardPng(card: BulletinCard): Promise<Buffer> {
  const { svg } = await renderCardSvg(card);
  const png = new Resvg(svg, RESVG_OPTIONS).render().asPng();
  // resvg's pixels live outside V8 and are freed by finalizers that Node runs on a later
  // turn of the event loop; yield one, or a tight loop of renders grows RSS ~15 MB a card.
  await setImmediate();
  return png;
}

/** One line of text alone, as PNG, with no filtering of unknown characters (for tests). */
export async function renderTextLine(text: string, lang: BulletinCard['lang'] = 'zh-CN'): Promise<Buffer> {
  const scripts = SCRIPTS[lang];
  const { fonts, family } = fontsFor(text, scripts, WEIGHTS);
  const line = el({ fontFamily: family, fontSize: 64, padding: 16, background: '#fff', color: '#000' }, text);
  const svg = await satori(line as SatoriInput, { width: 400, height: 100, fonts });
  return new Resvg(svg, RESVG_OPTIONS).render().asPng();
}

/** Reads the Latin and common CJK slices and warms satori/resvg up, so the first real card is fast. */
export async function warmUp(): Promise<void> {
  const sample = '防疫日报 今日收到配药登记 份 已配到 蔬菜团 户 预计 月 日 送达 志愿者 紧急呼叫 次 已处理 防疫日報 藥 團 戶 預計 達 誌願者 緊急 處理 Daily bulletin 0123456789';
  for (const lang of ['zh-CN', 'zh-TW'] as const) fontsFor(sample, SCRIPTS[lang], WEIGHTS); // read the files
  await renderCardPng({ lang: 'zh-CN', title: '防疫日报', community: '小区', date: '4月21日', sections: [{ title: '通知', lines: [sample] }] });
}
