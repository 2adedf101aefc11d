import { numberAndText } from '../../src/kernel/fields/record-number.js';
import { z } from 'zod';
import { defineCommand, type CommunityCtx } from '../../src/runtime/command.js';
import type { CommunityMemberCtx, Ctx, MemberCtx } from '../../src/runtime/context.js';
import { UserError } from '../../src/runtime/errors.js';
import { takeFile } from '../../src/runtime/files/step.js';
import { replyList } from '../../src/runtime/long-reply.js';
import { localDayWindow, localDateTime } from '../../src/kernel/time.js';
import { endConversation, saveConversation } from '../../src/services/conversations.js';
import { memberById } from '../../src/services/members.js';
import {
  addDocument,
  addHistory,
  attachDocumentFile,
  createGroupBuy,
  documentsOf,
  groupBuysOf,
  historyOf,
  itemsOf,
  missingDocuments,
  setPrice,
  setStatus,
  type DocumentKind,
  type GroupBuy,
} from './store/groupbuys.js';
import { formatYuan, parseFen, readRegistration, testIsFresh } from './registration.js';
import { dateLabel, groupBuyNumbered, groupBuyScope, postChain } from './shared.js';
import { ordersOf } from './store/orders.js';

const Text = z.object({ text: z.string() });
const IdText = z.object({ id: z.number().int().positive().optional(), text: z.string() });


const DOC_WORDS: [RegExp, DocumentKind][] = [
  [/^(?:营业执照|供应商证照|证照|资质|certificate)/i, 'supplier_cert'],
  [/^(?:通行证|pass)/i, 'traffic_pass'],
  [/^(?:送货员核酸|配送员核酸|送货员|配送员|staff)/i, 'staff_test'],
  [/^(?:司机核酸|司机|driver)/i, 'driver_test'],
];

export const docLabel = (ctx: MemberCtx, kind: DocumentKind) => ctx.text(`groupbuy.doc.${kind}`);

/** Sends a complete registration to the secretaries, or says what is still missing. */
function submitIfComplete(ctx: CommunityCtx, gb: Pick<GroupBuy, 'id' | 'title' | 'community_id'>): void {
  const missing = missingDocuments(ctx.db, gb.id);
  if (missing.length > 0) {
    setStatus(ctx.db, gb.id, 'draft', ctx.now());
    ctx.reply('groupbuy.registeredDraft', { id: gb.id, title: gb.title, missing: missing.map((k) => docLabel(ctx, k)).join('、') });
    return;
  }
  setStatus(ctx.db, gb.id, 'pending', ctx.now());
  addHistory(ctx.db, gb.id, ctx.member.id, 'submitted', '', ctx.now());
  for (const s of ctx.secretaries(gb.community_id)) {
    ctx.tell(s, 'groupbuy.toApprove', { id: gb.id, title: gb.title, leader: ctx.member.display_name });
  }
  ctx.reply('groupbuy.registered', { id: gb.id, title: gb.title });
}

function register(ctx: CommunityCtx, text: string): void {
  const tz = ctx.config.timeZone;
  const r = readRegistration(text, ctx.now(), tz);
  const missing: string[] = [];
  if (!r.title) missing.push(ctx.text('groupbuy.field.title'));
  if (!r.supplier) missing.push(ctx.text('groupbuy.field.supplier'));
  if (r.items.length === 0) missing.push(ctx.text('groupbuy.field.items'));
  if (r.deadlineAt === undefined) missing.push(ctx.text('groupbuy.field.deadline'));
  if (!r.deliveryDate) missing.push(ctx.text('groupbuy.field.delivery'));
  if (missing.length > 0) {
    throw new UserError('groupbuy.registerMissing', { fields: missing.join('、'), unread: r.unread.slice(0, 3).join(' / ') || '-' });
  }
  if (r.deadlineAt! <= ctx.now()) throw new UserError('groupbuy.deadlinePast');
  const deliveryStart = localDayWindow(r.deliveryDate!, tz).start;
  for (const d of r.documents) {
    if (d.takenAt !== undefined && !testIsFresh(d.takenAt, deliveryStart, ctx.now())) {
      throw new UserError('groupbuy.testTooOld', { doc: docLabel(ctx, d.kind) });
    }
  }
  const id = createGroupBuy(
    ctx.db,
    {
      communityId: ctx.community.id,
      leaderMemberId: ctx.member.id,
      title: r.title!,
      supplier: r.supplier!,
      householdLimit: r.householdLimit,
      deadlineAt: r.deadlineAt!,
      deliveryDate: r.deliveryDate,
      deliveryAddress: r.address,
      items: r.items,
      status: 'draft',
    },
    ctx.now(),
  );
  for (const d of r.documents) addDocument(ctx.db, id, d, ctx.now());
  ctx.record('groupbuy.register', 'groupbuy', id, `${r.items.length} items`);
  submitIfComplete(ctx, { id, title: r.title!, community_id: ctx.community.id });
  // The file sent with the registration (or next, when it did not come) belongs to the document
  // written as "见附件": it is read off the message path and added as that document's file.
  const attachedTo = r.documents.find((d) => d.declared.includes('附件'));
  if (attachedTo) takeFile(ctx, 'document', { then: documentCommand(ctx, id, attachedTo.kind) });
}

/** The words of /团购资料 for one document, as the leader would write them. */
export function documentCommand(ctx: Ctx, id: number, kind: DocumentKind): string {
  const zh: Record<DocumentKind, string> = { supplier_cert: '营业执照', traffic_pass: '通行证', staff_test: '送货员核酸', driver_test: '司机核酸' };
  const en: Record<DocumentKind, string> = { supplier_cert: 'certificate', traffic_pass: 'pass', staff_test: 'staff', driver_test: 'driver' };
  return ctx.lang === 'en' ? `/gbdoc ${id} ${en[kind]}` : `/团购资料 ${id} ${zh[kind]}`;
}

export const registerCommand = defineCommand({
  name: 'groupbuy.register',
  aliases: ['团购登记', '登记团购', '团购备案', 'gbnew'],
  roles: ['groupbuy_leader'],
  needsCommunity: true,
  help: 'groupbuy.registerHelp',
  usage: 'groupbuy.registerUsage',
  parse: (raw) => ({ text: raw }),
  args: Text,
  handle(ctx, { text }) {
    if (text.trim() === '') {
      saveConversation(ctx.db, ctx.member.id, ctx.here, 'groupbuy.register', {}, ctx.now());
      ctx.reply('groupbuy.registerAsk');
      return;
    }
    register(ctx, text);
  },
  onConversation: {
    'groupbuy.register': (ctx, _state, text) => {
      endConversation(ctx.db, ctx.member.id, ctx.here);
      register(ctx, text);
    },
  },
});

export const documentsCommand = defineCommand({
  name: 'groupbuy.documents',
  aliases: ['团购资料', '团购补资料', 'gbdoc'],
  roles: ['groupbuy_leader'],
  needsCommunity: true,
  help: 'groupbuy.docsHelp',
  usage: 'groupbuy.docsUsage',
  parse: (raw) => numberAndText(raw),
  args: IdText,
  scope: ({ id }, ctx) => groupBuyScope(ctx, id),
  handle(ctx, { id, text }) {
    if (id === undefined) throw new UserError('groupbuy.docsUsage');
    const gb = groupBuyNumbered(ctx, id);
    const kind = DOC_WORDS.find(([re]) => re.test(text))?.[1];
    if (!kind) throw new UserError('groupbuy.docsUsage');
    const declared = text.replace(DOC_WORDS.find(([, k]) => k === kind)![0], '').replace(/^[::\s]+/, '').trim();
    // A file with the command, or none and nothing written: the file is read off the message path
    // (or waited for) and this command comes back with it.
    const file = ctx.msg.file || declared === '' ? takeFile(ctx, 'document') : undefined;
    if ((ctx.msg.file || declared === '') && !file) return;
    if (!file || !attachDocumentFile(ctx.db, gb.id, kind, file.name, file.data!)) {
      addDocument(ctx.db, gb.id, { kind, declared: declared || undefined, fileName: file?.name, fileData: file?.data }, ctx.now());
    }
    addHistory(ctx.db, gb.id, ctx.member.id, 'document', kind, ctx.now());
    ctx.record('groupbuy.document', 'groupbuy', gb.id, kind);
    if (gb.status === 'draft') submitIfComplete(ctx, gb);
    else ctx.reply('groupbuy.docSaved', { id: gb.id, doc: docLabel(ctx, kind) });
  },
});

/** What a secretary sees before deciding: items, prices, limit, dates, documents. */
function summary(ctx: MemberCtx, gb: GroupBuy): string {
  const tz = ctx.config.timeZone;
  const items = itemsOf(ctx.db, gb.id)
    .map((i) => ctx.text('groupbuy.itemLine', { name: i.name, price: formatYuan(i.price_fen), contents: i.contents ? `(${i.contents})` : '' }))
    .join(';');
  const docs = documentsOf(ctx.db, gb.id)
    .map((d) => `${docLabel(ctx, d.kind)}${d.declared ? ` ${d.declared}` : ''}${d.file_name ? ` 📎${d.file_name}` : ''}`)
    .join(';');
  return ctx.text('groupbuy.summary', {
    id: gb.id,
    title: gb.title,
    supplier: gb.supplier,
    items,
    deadline: localDateTime(gb.deadline_at, tz, ctx.lang),
    delivery: gb.delivery_date ? dateLabel(gb.delivery_date, ctx.lang) : '-',
    limit: gb.household_limit ?? '-',
    docs: docs || '-',
  });
}

export const approveCommand = defineCommand({
  name: 'groupbuy.approve',
  aliases: ['团购审批', '批准团购', '审批团购', 'gbapprove'],
  roles: ['secretary'],
  needsCommunity: true,
  help: 'groupbuy.approveHelp',
  usage: 'groupbuy.approveUsage',
  parse: (raw) => numberAndText(raw),
  args: IdText,
  handle(ctx, { id }) {
    if (id === undefined) {
      const waiting = groupBuysOf(ctx.db, ctx.community.id, ['pending']);
      if (waiting.length === 0) ctx.reply('groupbuy.nonePending');
      else ctx.replyText(waiting.map((g) => summary(ctx, g)).join('\n\n'));
      return;
    }
    ctx.replyText(approveGroupBuy(ctx, id));
  },
});

/**
 * The secretary approves group-buy #id waiting for approval: the leader is told, and one already
 * launched (a price change) reopens for orders. Returns the answer; the chat and the desk come here.
 */
export function approveGroupBuy(ctx: CommunityMemberCtx, id: number): string {
  const gb = groupBuyNumbered(ctx, id);
  if (gb.status !== 'pending') throw new UserError('groupbuy.notPending', { id, status: ctx.text(`groupbuy.status.${gb.status}`) });
  const reopened = gb.launched_at !== null;
  setStatus(ctx.db, gb.id, 'approved', ctx.now(), { approvedBy: ctx.member.id });
  // A group-buy already launched (a price change was approved) reopens for orders at once.
  if (reopened) setStatus(ctx.db, gb.id, 'open', ctx.now());
  addHistory(ctx.db, gb.id, ctx.member.id, 'approved', itemsOf(ctx.db, gb.id).map((i) => `${i.code}=${formatYuan(i.price_fen)}`).join(','), ctx.now());
  ctx.record('groupbuy.approve', 'groupbuy', gb.id);
  const leader = gb.leader_member_id !== null ? memberById(ctx.db, gb.leader_member_id) : undefined;
  if (leader) ctx.tell(leader, reopened ? 'groupbuy.reapprovedLeader' : 'groupbuy.approvedLeader', { id: gb.id, title: gb.title });
  if (reopened) postChain(ctx, { ...gb, status: 'open' });
  return ctx.text('groupbuy.approved', { id: gb.id, title: gb.title });
}

/** The secretary rejects group-buy #id with a reason; the leader is told. Returns the answer. */
export function rejectGroupBuy(ctx: CommunityMemberCtx, id: number, reason: string): string {
  const gb = groupBuyNumbered(ctx, id);
  if (gb.status !== 'pending' && gb.status !== 'draft') {
    throw new UserError('groupbuy.notPending', { id, status: ctx.text(`groupbuy.status.${gb.status}`) });
  }
  setStatus(ctx.db, gb.id, 'rejected', ctx.now(), { rejectReason: reason });
  addHistory(ctx.db, gb.id, ctx.member.id, 'rejected', reason, ctx.now());
  ctx.record('groupbuy.reject', 'groupbuy', gb.id);
  const leader = gb.leader_member_id !== null ? memberById(ctx.db, gb.leader_member_id) : undefined;
  if (leader) ctx.tell(leader, 'groupbuy.rejectedLeader', { id: gb.id, title: gb.title, reason });
  return ctx.text('groupbuy.rejected', { id: gb.id, title: gb.title });
}

export const rejectCommand = defineCommand({
  name: 'groupbuy.reject',
  aliases: ['团购驳回', '驳回团购', 'gbreject'],
  roles: ['secretary'],
  needsCommunity: true,
  help: 'groupbuy.rejectHelp',
  usage: 'groupbuy.rejectUsage',
  parse: (raw) => numberAndText(raw),
  args: z.object({ id: z.number().int().positive(), text: z.string().min(1).max(200) }),
  handle(ctx, { id, text }) {
    ctx.replyText(rejectGroupBuy(ctx, id, text));
  },
});

export const priceCommand = defineCommand({
  name: 'groupbuy.price',
  aliases: ['团购改价', '改价', 'gbprice'],
  roles: ['groupbuy_leader'],
  needsCommunity: true,
  help: 'groupbuy.priceHelp',
  usage: 'groupbuy.priceUsage',
  parse(raw) {
    const { id, text } = numberAndText(raw);
    // Each run of spaces read once: three \s* in a row split 2,000 line breaks in billions of ways.
    const m = /^([A-Za-z])\s*(?:(?:套餐|餐|款|包|套)\s*)?(?:[::]\s*)?(\d{1,7}(?:\.\d{1,2})?)\s*(?:元|块)?$/.exec(text);
    if (!m) throw new UserError('groupbuy.priceUsage');
    return { id, code: m[1]!.toUpperCase(), fen: parseFen(m[2]!) };
  },
  args: z.object({ id: z.number().int().positive(), code: z.string(), fen: z.number().int().nonnegative() }),
  scope: ({ id }, ctx) => groupBuyScope(ctx, id),
  handle(ctx, { id, code, fen }) {
    const gb = groupBuyNumbered(ctx, id);
    if (gb.status === 'closed') throw new UserError('groupbuy.closedAlready', { title: gb.title });
    const item = itemsOf(ctx.db, gb.id).find((i) => i.code === code);
    if (!item) throw new UserError('groupbuy.unknownCode', { code, codes: itemsOf(ctx.db, gb.id).map((i) => i.code).join('、') });
    if (item.price_fen === fen) {
      ctx.reply('groupbuy.priceSame', { code, price: formatYuan(fen) });
      return;
    }
    setPrice(ctx.db, gb.id, code, fen);
    addHistory(ctx.db, gb.id, ctx.member.id, 'price', `${code} ${formatYuan(item.price_fen)}→${formatYuan(fen)}`, ctx.now());
    ctx.record('groupbuy.price', 'groupbuy', gb.id, code);
    if (gb.status !== 'draft') {
      // No private mark-up: a changed price goes back to the secretary, and orders wait.
      setStatus(ctx.db, gb.id, 'pending', ctx.now());
      // The new price is for new orders: those placed already keep the price they were placed at.
      const ordered = ordersOf(ctx.db, gb.id).length;
      for (const s of ctx.secretaries(gb.community_id)) {
        ctx.tell(s, 'groupbuy.toReapprove', { id: gb.id, title: gb.title, change: `${code} ${formatYuan(item.price_fen)}→${formatYuan(fen)}`, orders: ordered });
      }
      ctx.reply('groupbuy.priceNeedsApproval', { id: gb.id, code, price: formatYuan(fen), orders: ordered });
      return;
    }
    ctx.reply('groupbuy.priceChanged', { id: gb.id, code, price: formatYuan(fen) });
  },
});

export const historyCommand = defineCommand({
  name: 'groupbuy.history',
  aliases: ['团购记录', '团购历史', 'gbhistory'],
  roles: ['groupbuy_leader', 'secretary'],
  needsCommunity: true,
  help: 'groupbuy.historyHelp',
  usage: 'groupbuy.historyUsage',
  parse: (raw) => numberAndText(raw),
  args: z.object({ id: z.number().int().positive(), text: z.string() }),
  // A leader reads the history of their own group-buys only.
  scope: ({ id }, ctx) => groupBuyScope(ctx, id),
  handle(ctx, { id }) {
    const gb = groupBuyNumbered(ctx, id);
    const tz = ctx.config.timeZone;
    const lines = historyOf(ctx.db, gb.id).map(
      (h) => `${localDateTime(h.at, tz, ctx.lang)} ${h.actor_name ?? '-'} ${ctx.text(`groupbuy.action.${h.action}` as 'groupbuy.action.price')} ${h.detail}`.trim(),
    );
    replyList(ctx, {
      head: [ctx.text('groupbuy.historyTitle', { id: gb.id, title: gb.title, status: ctx.text(`groupbuy.status.${gb.status}`) })],
      lines,
      file: { name: ctx.text('groupbuy.historyFile', { id: gb.id }) },
    });
  },
});
