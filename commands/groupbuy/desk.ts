import { doorKey, parseDoor } from '../../src/kernel/fields/door.js';
import { localDateTime } from '../../src/kernel/time.js';
import {
  allowed,
  defineDeskSection,
  deskCard,
  deskForm,
  deskTable,
  field,
  fields,
  queryString,
  type DeskCtx,
  type DeskFile,
  type DeskRequest,
} from '../../src/runtime/desk.js';
import { UserError } from '../../src/runtime/errors.js';
import { html } from '../../src/runtime/html.js';
import { decide } from '../../src/runtime/policy.js';
import { homeOf, memberById } from '../../src/services/members.js';
import { buyCommand } from './order.js';
import { markDoorPaid, paidCommand, sheetsCommand } from './close.js';
import { approveCommand, approveGroupBuy, docLabel, rejectCommand, rejectGroupBuy } from './register.js';
import { formatYuan } from './registration.js';
import { dateLabel, groupBuyNumbered, itemsText, mayLead } from './shared.js';
import { deliverySheets, paymentSheet, sheetFacts, supplierSheet } from './sheets.js';
import {
  documentFile,
  documentList,
  groupBuysOf,
  historyOf,
  itemsOf,
  missingDocuments,
  type GroupBuy,
  type GroupBuyStatus,
} from './store/groupbuys.js';
import { amountOf, buildingTotals, householdCounts, householdOrders, ordersOf, ordersOfBuilding, portionsOf } from './store/orders.js';

const collator = new Intl.Collator('zh-CN', { numeric: true });
const ALL_STATUSES: GroupBuyStatus[] = ['pending', 'draft', 'approved', 'open', 'closed', 'rejected'];
const SHEETS = { supplier: supplierSheet, delivery: deliverySheets, payments: paymentSheet } as const;

interface ListRow {
  id: number;
  title: string;
  leader: string;
  status: GroupBuyStatus;
  statusText: string;
  deadline: number;
  households: number;
  portions: number;
}

interface OneGroupBuy {
  id: number;
  title: string;
  supplier: string;
  leader: string;
  status: GroupBuyStatus;
  statusText: string;
  deadline: number;
  delivery: string | null;
  limit: number | null;
  items: { code: string; name: string; contents: string; priceFen: number; qty: number; amountFen: number }[];
  total: { households: number; portions: number; amountFen: number; paidHouseholds: number; paidFen: number };
  buildings: { building: string; households: number; qty: Record<string, number>; portions: number; amountFen: number; paidHouseholds: number; paidFen: number }[];
  documents: { id: number; kind: string; declared: string | null; fileName: string | null; hasFile: boolean }[];
  missing: string[];
  history: { at: number; who: string; action: string; detail: string }[];
  may: { approve: boolean; markPaid: boolean };
  /** The households of one building, when the page asks for it (?building=5). */
  building?: { name: string; orders: { door: string; name: string | null; items: string; dueFen: number; paid: boolean; delivered: boolean }[] };
}

export type GroupBuyDesk =
  | { view: 'list'; groupbuys: ListRow[] }
  | { view: 'mine'; orders: { id: number; title: string; status: string; door: string; items: string; paid: boolean; delivered: boolean }[] }
  | { view: 'one'; groupbuy: OneGroupBuy };

const leaderName = (ctx: DeskCtx, gb: GroupBuy) => (gb.leader_member_id !== null ? memberById(ctx.db, gb.leader_member_id)?.display_name : undefined) ?? '-';
const statusText = (ctx: DeskCtx, s: GroupBuyStatus) => ctx.text(`groupbuy.status.${s}`);

/** Whether the asker may open group-buy #id as the chat lets them: its leader or a secretary (/团购表 #id). */
function mayOpen(ctx: DeskCtx, id: number): void {
  allowed(decide(ctx, sheetsCommand, { args: { id, text: '' } }));
}

/** Group-buy #id of this community, opened by its leader or a secretary. */
function opened(ctx: DeskCtx, raw: string | undefined): GroupBuy {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new UserError('groupbuy.notFound', { id: String(raw ?? '').slice(0, 12) });
  mayOpen(ctx, id);
  return groupBuyNumbered(ctx, id);
}

function list(ctx: DeskCtx): GroupBuyDesk {
  if (!decide(ctx, sheetsCommand).ok) {
    const home = homeOf(ctx.member);
    const orders = householdOrders(ctx.db, ctx.member.id, ctx.community.id, home ? doorKey(home) : undefined).map((o) => ({
      id: o.groupbuy_id,
      title: o.title,
      status: statusText(ctx, o.groupbuy_status as GroupBuyStatus),
      door: o.door,
      items: itemsText(o.items),
      paid: o.paid_at !== null,
      delivered: o.delivered_at !== null,
    }));
    return { view: 'mine', orders };
  }
  const counts = householdCounts(ctx.db, ctx.community.id);
  const order = (s: GroupBuyStatus) => ALL_STATUSES.indexOf(s);
  const groupbuys = groupBuysOf(ctx.db, ctx.community.id, ALL_STATUSES)
    .filter((gb) => mayLead(ctx, gb))
    .sort((a, b) => order(a.status) - order(b.status) || b.id - a.id)
    .map((gb) => ({
      id: gb.id,
      title: gb.title,
      leader: leaderName(ctx, gb),
      status: gb.status,
      statusText: statusText(ctx, gb.status),
      deadline: gb.deadline_at,
      households: counts.get(gb.id) ?? 0,
      portions: portionsOf(ctx.db, gb.id),
    }));
  return { view: 'list', groupbuys };
}

function one(ctx: DeskCtx, req: DeskRequest, gb: GroupBuy): GroupBuyDesk {
  const items = itemsOf(ctx.db, gb.id);
  const price = new Map(items.map((i) => [i.code, i.price_fen]));
  const fen = (qty: Map<string, number>) => [...qty].reduce((sum, [code, n]) => sum + n * (price.get(code) ?? 0), 0);
  const buildings = buildingTotals(ctx.db, gb.id)
    .sort((a, b) => collator.compare(a.building, b.building))
    .map((b) => ({
      building: b.building,
      households: b.households,
      qty: Object.fromEntries(b.qty),
      portions: [...b.qty.values()].reduce((x, y) => x + y, 0),
      amountFen: fen(b.qty),
      paidHouseholds: b.paidHouseholds,
      paidFen: fen(b.paidQty),
    }));
  const sum = (pick: (b: (typeof buildings)[number]) => number) => buildings.reduce((s, b) => s + pick(b), 0);
  const qtyOf = (code: string) => sum((b) => b.qty[code] ?? 0);
  const data: OneGroupBuy = {
    id: gb.id,
    title: gb.title,
    supplier: gb.supplier,
    leader: leaderName(ctx, gb),
    status: gb.status,
    statusText: statusText(ctx, gb.status),
    deadline: gb.deadline_at,
    delivery: gb.delivery_date,
    limit: gb.household_limit,
    items: items.map((i) => ({ code: i.code, name: i.name, contents: i.contents, priceFen: i.price_fen, qty: qtyOf(i.code), amountFen: qtyOf(i.code) * i.price_fen })),
    total: {
      households: sum((b) => b.households),
      portions: sum((b) => b.portions),
      amountFen: sum((b) => b.amountFen),
      paidHouseholds: sum((b) => b.paidHouseholds),
      paidFen: sum((b) => b.paidFen),
    },
    buildings,
    documents: documentList(ctx.db, gb.id).map((d) => ({ id: d.id, kind: docLabel(ctx, d.kind), declared: d.declared, fileName: d.file_name, hasFile: d.has_file === 1 })),
    missing: missingDocuments(ctx.db, gb.id).map((k) => docLabel(ctx, k)),
    history: historyOf(ctx.db, gb.id).map((h) => ({
      at: h.at,
      who: h.actor_name ?? '-',
      action: ctx.text(`groupbuy.action.${h.action}` as 'groupbuy.action.price'),
      detail: h.detail,
    })),
    may: { approve: decide(ctx, approveCommand).ok, markPaid: decide(ctx, paidCommand, { args: { id: gb.id } }).ok },
  };
  const building = field(req.query, 'building');
  if (building) {
    const orders = ordersOfBuilding(ctx.db, gb.id, building).sort((a, b) => collator.compare(a.door, b.door));
    data.building = {
      name: building,
      orders: orders.map((o) => ({ door: o.door, name: o.name, items: itemsText(o.items), dueFen: amountOf(o, items), paid: o.paid_at !== null, delivered: o.delivered_at !== null })),
    };
  }
  return { view: 'one', groupbuy: data };
}

function read(ctx: DeskCtx, req: DeskRequest): GroupBuyDesk {
  if (req.params.length === 0) return list(ctx);
  return one(ctx, req, opened(ctx, req.params[0]));
}

const yuan = (fen: number) => formatYuan(fen);

function renderList(ctx: DeskCtx, d: Extract<GroupBuyDesk, { view: 'list' }>) {
  if (d.groupbuys.length === 0) return html`<p>${ctx.text('groupbuy.desk.none')}</p>`;
  return deskTable(
    [
      ctx.text('groupbuy.desk.col.no'),
      ctx.text('groupbuy.desk.col.title'),
      ctx.text('groupbuy.desk.col.leader'),
      ctx.text('groupbuy.desk.col.status'),
      ctx.text('groupbuy.desk.col.deadline'),
      ctx.text('groupbuy.desk.col.households'),
      ctx.text('groupbuy.col.portions'),
    ],
    d.groupbuys.map((g) => [
      html`<a href="/groupbuy/${g.id}">#${g.id}</a>`,
      html`<a href="/groupbuy/${g.id}">${g.title}</a>`,
      g.leader,
      g.status === 'pending' ? html`<span class="urgent">${g.statusText}</span>` : g.statusText,
      localDateTime(g.deadline, ctx.config.timeZone, ctx.lang),
      g.households,
      g.portions,
    ]),
  );
}

function renderMine(ctx: DeskCtx, d: Extract<GroupBuyDesk, { view: 'mine' }>) {
  if (d.orders.length === 0) return html`<p>${ctx.text('groupbuy.desk.mineNone')}</p>`;
  return html`<h2>${ctx.text('groupbuy.desk.mineTitle')}</h2>${deskTable(
    [ctx.text('groupbuy.desk.col.title'), ctx.text('groupbuy.desk.col.status'), ctx.text('groupbuy.col.door'), ctx.text('groupbuy.desk.col.items'), ctx.text('groupbuy.col.paid'), ctx.text('groupbuy.desk.col.delivered')],
    d.orders.map((o) => [`#${o.id} ${o.title}`, o.status, o.door, o.items, o.paid ? '✓' : '', o.delivered ? '✓' : '']),
  )}`;
}

function renderOne(ctx: DeskCtx, req: DeskRequest, g: OneGroupBuy) {
  const tz = ctx.config.timeZone;
  const base = `/groupbuy/${g.id}`;
  const info = html`<p><strong>#${g.id} ${g.title}</strong> · ${g.statusText}</p><p class="muted">${ctx.text('groupbuy.desk.info', {
    supplier: g.supplier || '-',
    leader: g.leader,
    deadline: localDateTime(g.deadline, tz, ctx.lang),
    delivery: g.delivery ? dateLabel(g.delivery, ctx.lang) : '-',
    limit: g.limit ?? '-',
  })}</p>`;
  const items = deskCard(
    ctx.text('groupbuy.desk.itemsTitle'),
    deskTable(
      [ctx.text('groupbuy.col.code'), ctx.text('groupbuy.col.item'), ctx.text('groupbuy.col.contents'), ctx.text('groupbuy.col.price'), ctx.text('groupbuy.col.qty'), ctx.text('groupbuy.col.amount')],
      [
        ...g.items.map((i) => [i.code, i.name, i.contents, yuan(i.priceFen), i.qty, yuan(i.amountFen)]),
        [html`<strong>${ctx.text('groupbuy.col.total')}</strong>`, '', ctx.text('groupbuy.desk.col.households') + ` ${g.total.households}`, '', g.total.portions, yuan(g.total.amountFen)],
      ],
      { figures: true },
    ),
  );
  const docs = deskCard(
    ctx.text('groupbuy.desk.docsTitle'),
    html`${g.documents.length === 0 ? html`<p>${ctx.text('groupbuy.desk.noDocs')}</p>` : html`<ul>${g.documents.map(
      (d) => html`<li>${d.kind}${d.declared ? html`:${d.declared}` : ''}${d.hasFile ? html` · <a href="${base}/doc-${d.id}.file">${d.fileName ?? ctx.text('groupbuy.desk.download')}</a>` : ''}</li>`,
    )}</ul>`}${g.missing.length > 0 ? html`<p class="urgent">${ctx.text('groupbuy.desk.missingDocs', { docs: g.missing.join(ctx.lang === 'en' ? ', ' : '、') })}</p>` : ''}`,
  );
  const approval =
    g.may.approve && (g.status === 'pending' || g.status === 'draft')
      ? deskCard(
          ctx.text('groupbuy.desk.approveTitle'),
          html`${g.status === 'pending' ? deskForm(req, '/groupbuy/approve', html`<input type="hidden" name="id" value="${g.id}"><button type="submit">${ctx.text('groupbuy.desk.approve')}</button>`, { confirm: ctx.text('groupbuy.desk.approveConfirm', { id: g.id }) }) : ''}${deskForm(
            req,
            '/groupbuy/reject',
            html`<input type="hidden" name="id" value="${g.id}"><label>${ctx.text('groupbuy.desk.rejectReason')}<input name="reason" maxlength="200" required></label><div class="bar"><button type="submit" class="plain">${ctx.text('groupbuy.desk.reject')}</button></div>`,
          )}`,
        )
      : '';
  const sheets = deskCard(
    ctx.text('groupbuy.desk.sheetsTitle'),
    html`<ul>${(Object.keys(SHEETS) as (keyof typeof SHEETS)[]).map((k) => html`<li><a href="${base}/${k}.xlsx">${ctx.text(`groupbuy.file.${k}`)}</a></li>`)}</ul>`,
  );
  const codes = g.items.map((i) => i.code);
  const buildings =
    g.buildings.length === 0
      ? ''
      : html`<h2>${ctx.text('groupbuy.desk.buildingsTitle')}</h2>${deskTable(
          [
            ctx.text('groupbuy.col.building'),
            ctx.text('groupbuy.desk.col.households'),
            ...codes,
            ctx.text('groupbuy.col.portions'),
            ctx.text('groupbuy.col.due'),
            ctx.text('groupbuy.desk.col.paidHouseholds'),
            ctx.text('groupbuy.desk.col.paidAmount'),
          ],
          [
            ...g.buildings.map((b) => [
              html`<a href="${base}${queryString({ building: b.building })}">${ctx.text('groupbuy.buildingName', { building: b.building })}</a>`,
              b.households,
              ...codes.map((c) => b.qty[c] ?? 0),
              b.portions,
              yuan(b.amountFen),
              b.paidHouseholds,
              yuan(b.paidFen),
            ]),
            [
              html`<strong>${ctx.text('groupbuy.col.total')}</strong>`,
              g.total.households,
              ...g.items.map((i) => i.qty),
              g.total.portions,
              yuan(g.total.amountFen),
              g.total.paidHouseholds,
              yuan(g.total.paidFen),
            ],
          ],
          { figures: true },
        )}`;
  const building = g.building ? renderBuilding(ctx, req, g, g.building) : '';
  const history = deskCard(
    ctx.text('groupbuy.desk.historyTitle'),
    html`<ul>${g.history.map((h) => html`<li>${localDateTime(h.at, tz, ctx.lang)} ${h.who} ${h.action} ${h.detail}</li>`)}</ul>`,
  );
  return html`${info}${approval}${items}<div class="cards">${docs}${sheets}</div>${building}${buildings}${history}`;
}

function renderBuilding(ctx: DeskCtx, req: DeskRequest, g: OneGroupBuy, b: NonNullable<OneGroupBuy['building']>) {
  const mark = g.may.markPaid;
  const table = deskTable(
    [
      mark ? html`<input type="checkbox" data-select-all="door" aria-label="${ctx.text('groupbuy.desk.selectAll')}">` : '',
      ctx.text('groupbuy.col.door'),
      ctx.text('groupbuy.col.name'),
      ctx.text('groupbuy.desk.col.items'),
      ctx.text('groupbuy.col.due'),
      ctx.text('groupbuy.col.paid'),
      ctx.text('groupbuy.desk.col.delivered'),
    ],
    b.orders.map((o) => [
      mark && !o.paid ? html`<input type="checkbox" name="door" value="${o.door}" aria-label="${o.door}">` : '',
      o.door,
      o.name ?? '',
      o.items,
      yuan(o.dueFen),
      o.paid ? html`<span class="ok">${ctx.text('groupbuy.paidMark')}</span>` : '',
      o.delivered ? '✓' : '',
    ]),
  );
  const title = html`<h2 id="households">${ctx.text('groupbuy.desk.paymentsTitle', { building: b.name })}</h2>`;
  if (!mark) return html`${title}${table}`;
  return html`${title}${deskForm(
    req,
    '/groupbuy/paid',
    html`<input type="hidden" name="id" value="${g.id}">${table}<div class="actions"><button type="submit">${ctx.text('groupbuy.desk.markPaid')} (<span data-count-of="door">0</span>)</button></div>`,
  )}`;
}

function file(ctx: DeskCtx, req: DeskRequest): DeskFile | undefined {
  const [idText, name = ''] = req.params;
  const gb = opened(ctx, idText);
  const doc = /^doc-(\d{1,9})\.file$/.exec(name);
  if (doc) {
    const f = documentFile(ctx.db, gb.id, Number(doc[1]));
    if (!f) return undefined;
    const fileName = f.file_name ?? `${gb.id}-${doc[1]}`;
    return { name: fileName, type: typeOf(fileName), data: f.file_data };
  }
  const kind = /^(supplier|delivery|payments)\.xlsx$/.exec(name)?.[1] as keyof typeof SHEETS | undefined;
  if (!kind) return undefined;
  // The sheets hold doors and names: as when the chat sends them, only to the leader or a secretary.
  ctx.record('groupbuy.sheets', 'groupbuy', gb.id, kind);
  const orders = ordersOf(ctx.db, gb.id);
  return { sheet: SHEETS[kind](ctx, ctx.lang, gb, itemsOf(ctx.db, gb.id), orders, sheetFacts(ctx.db, gb, orders)) };
}

function typeOf(name: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const types: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', pdf: 'application/pdf', gif: 'image/gif', webp: 'image/webp' };
  return (ext && types[ext]) ?? 'application/octet-stream';
}

/** Group-buys: approval with the documents, totals per item and per building, payment marks, the sheets; a resident's own orders. */
export const groupbuyDesk = defineDeskSection<GroupBuyDesk>({
  name: 'groupbuy',
  order: 30,
  title: 'groupbuy.desk.title',
  for: [approveCommand, sheetsCommand, buyCommand],
  today(ctx) {
    if (decide(ctx, approveCommand).ok) {
      const pending = groupBuysOf(ctx.db, ctx.community.id, ['pending']);
      if (pending.length === 0) return undefined;
      return deskCard(
        ctx.text('groupbuy.desk.todayPending', { count: pending.length }),
        html`<ul>${pending.map((gb) => html`<li><a href="/groupbuy/${gb.id}">${ctx.text('groupbuy.desk.todayPendingLine', { id: gb.id, title: gb.title, leader: leaderName(ctx, gb) })}</a></li>`)}</ul>`,
      );
    }
    const d = list(ctx);
    if (d.view === 'list') {
      const live = d.groupbuys.filter((g) => g.status !== 'closed' && g.status !== 'rejected');
      if (live.length === 0) return undefined;
      return deskCard(
        ctx.text('groupbuy.desk.todayOpen'),
        html`<ul>${live.map((g) => html`<li><a href="/groupbuy/${g.id}">${ctx.text('groupbuy.desk.todayOpenLine', { id: g.id, title: g.title, status: g.statusText, households: g.households })}</a></li>`)}</ul>`,
      );
    }
    if (d.view !== 'mine' || d.orders.length === 0) return undefined;
    return deskCard(
      ctx.text('groupbuy.desk.mineTitle'),
      html`<ul>${d.orders.slice(0, 5).map((o) => html`<li>${ctx.text('groupbuy.desk.todayMineLine', { title: o.title, door: o.door, items: o.items })} · ${o.status}</li>`)}</ul>`,
      { href: '/groupbuy', text: ctx.text('groupbuy.desk.title') },
    );
  },
  read,
  render(ctx, req, d) {
    if (d.view === 'list') return renderList(ctx, d);
    if (d.view === 'mine') return renderMine(ctx, d);
    return renderOne(ctx, req, d.groupbuy);
  },
  file,
  actions: {
    approve: { for: [approveCommand], run: (ctx, req) => ({ said: approveGroupBuy(ctx, Number(field(req.form, 'id'))) }) },
    reject: {
      for: [rejectCommand],
      run(ctx, req) {
        const reason = field(req.form, 'reason');
        if (!reason || reason.length > 200) throw new UserError('groupbuy.desk.badReason');
        return { said: rejectGroupBuy(ctx, Number(field(req.form, 'id')), reason) };
      },
    },
    // The same mark as /已付 5-302 #7, door by door, all or none; only the group-buy's leader or a secretary.
    paid: {
      for: [paidCommand],
      run(ctx, req) {
        const gb = opened(ctx, field(req.form, 'id'));
        allowed(decide(ctx, paidCommand, { args: { id: gb.id } }));
        const doors = [...new Set(fields(req.form, 'door'))];
        if (doors.length === 0) throw new UserError('groupbuy.desk.noneChosen');
        for (const d of doors) {
          const door = parseDoor(d);
          if (!door) throw new UserError('groupbuy.noOrderFor', { door: d.slice(0, 20), title: gb.title });
          markDoorPaid(ctx, gb, doorKey(door));
        }
        return { said: ctx.text('groupbuy.desk.paidDone', { count: doors.length, title: gb.title }) };
      },
    },
  },
});

