/**
 * The desk's stylesheet and its little script, served by linli itself (no CDN, no build step: the
 * desk works on a LAN without internet). Phone first; lists of records turn into cards on a narrow
 * screen (tables of figures stay tables and scroll sideways);
 * printing leaves out the navigation and the forms.
 */
export const DESK_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --bg: #f6f8fa; --card: #fff; --accent: #b42318; --ok: #1a7f37; --warn: #9a6700; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.5 -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", system-ui, sans-serif; }
a { color: #0b57d0; }
header { background: #7a1d14; color: #fff; padding: .5rem .75rem 0; }
header a { color: #fff; }
header .top { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: center; }
header .top strong { font-size: 1.1rem; }
header .who { opacity: .9; font-size: .9rem; }
header form { margin-left: auto; }
header button { background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.6); padding: .15rem .6rem; font-size: .9rem; }
nav { display: flex; gap: .25rem; overflow-x: auto; margin-top: .4rem; -webkit-overflow-scrolling: touch; }
nav a { padding: .45rem .7rem; text-decoration: none; white-space: nowrap; border-radius: .4rem .4rem 0 0; }
nav a.here { background: var(--bg); color: var(--ink); font-weight: 600; }
main { padding: .75rem; max-width: 72rem; margin: 0 auto; }
h1 { font-size: 1.3rem; margin: .25rem 0 .75rem; display: flex; gap: .75rem; align-items: center; }
h1 button { font-size: .85rem; min-height: 0; padding: .2rem .6rem; }
h2 { font-size: 1.05rem; margin: 0 0 .5rem; }
.cards { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); align-items: start; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem; margin-bottom: .75rem; }
.card ul { margin: .25rem 0; padding-left: 1.2rem; }
.card .more { margin: .5rem 0 0; }
.big { font-size: 1.6rem; font-weight: 700; }
.urgent { color: var(--accent); font-weight: 600; }
.ok { color: var(--ok); }
.muted { color: var(--muted); font-size: .9rem; }
.flash { padding: .6rem .75rem; border-radius: .4rem; margin-bottom: .75rem; background: #dafbe1; border: 1px solid #4ac26b; }
.flash.error { background: #ffebe9; border-color: #ff8182; }
pre.preview { white-space: pre-wrap; background: var(--card); border: 1px solid var(--line); border-radius: .4rem; padding: .75rem; font: inherit; }
form.filters, .bar { display: flex; flex-wrap: wrap; gap: .5rem; align-items: flex-end; margin-bottom: .75rem; }
label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); gap: .15rem; }
label.inline { flex-direction: row; align-items: center; gap: .35rem; color: var(--ink); font-size: 1rem; }
input, select, textarea, button { font: inherit; padding: .45rem .6rem; border: 1px solid var(--line); border-radius: .4rem; background: #fff; color: var(--ink); }
textarea { width: 100%; min-height: 6rem; }
input[type=checkbox] { width: 1.3rem; height: 1.3rem; padding: 0; }
button { cursor: pointer; background: #7a1d14; color: #fff; border-color: #7a1d14; min-height: 2.5rem; }
button.plain { background: #fff; color: var(--ink); border-color: var(--line); }
.table { overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: .5rem; margin-bottom: .75rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f4; font-size: .85rem; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr:last-child td { border-bottom: 0; }
.pager { display: flex; gap: 1rem; align-items: center; margin: .5rem 0 1rem; }
.actions { position: sticky; bottom: 0; background: var(--bg); padding: .5rem 0; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; border-top: 1px solid var(--line); }
footer { color: var(--muted); font-size: .8rem; text-align: center; padding: 1rem; }
.printonly { display: none; }
@media (max-width: 40rem) {
  body { font-size: 17px; }
  .rows { border: 0; background: transparent; }
  .rows table, .rows thead, .rows tbody, .rows tr, .rows td { display: block; width: 100%; }
  .rows thead { display: none; }
  .rows tr { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; margin-bottom: .5rem; padding: .25rem .5rem; }
  .rows td { border: 0; padding: .2rem 0; display: flex; gap: .5rem; }
  .rows td::before { content: attr(data-label); color: var(--muted); font-size: .85rem; min-width: 5.5rem; flex-shrink: 0; }
  .rows td:empty, .rows td[data-label=""]::before { display: none; }
  .actions button, .actions select { flex: 1 1 auto; }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  header, nav, form.filters, button, input, select, textarea, label, .actions, .pager, .flash, .noprint { display: none !important; }
  .printonly { display: block; }
  main { padding: 0; max-width: none; }
  .card, .table { border: 0; padding: 0; break-inside: avoid; }
  .rows table, .rows thead, .rows tbody, .rows tr, .rows td { display: revert; }
  .rows td::before { content: none; }
  th, td { border: 1px solid #999; padding: 2pt 4pt; }
  a { color: inherit; text-decoration: none; }
}
`;

/** Without it every page works; with it: "select all", a count on the batch button, confirmations, print. */
export const DESK_JS = `
document.addEventListener('change', function (e) {
  var box = e.target;
  if (!(box instanceof HTMLInputElement)) return;
  var form = box.form;
  if (!form) return;
  var name = box.getAttribute('data-select-all');
  if (name) form.querySelectorAll('input[name="' + name + '"]').forEach(function (b) { b.checked = box.checked; });
  form.querySelectorAll('[data-count-of]').forEach(function (out) {
    out.textContent = String(form.querySelectorAll('input[name="' + out.getAttribute('data-count-of') + '"]:checked').length);
  });
});
document.addEventListener('submit', function (e) {
  var question = e.target.getAttribute && e.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) e.preventDefault();
});
document.addEventListener('click', function (e) {
  if (e.target instanceof Element && e.target.closest('[data-print]')) window.print();
});
document.querySelectorAll('[data-print]').forEach(function (b) { b.hidden = false; });
`;
