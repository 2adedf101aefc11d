/**
 * The card renderer's own process, forked by cards.ts: draws each card it is sent and sends the PNG
 * back. satori, resvg and the fonts (~150 MB once a card is drawn) live here and leave with the
 * process, so the bot's own memory stays where it was. Ends when the bot lets it go or goes.
 */
import type { CardSpec } from '../kernel/types.js';
import { renderCardPng } from './card.js';

export type CardRequest = { id: number; card: CardSpec };
export type CardReply = { id: number; png?: Uint8Array; error?: string; peakRssMb: number };

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

process.on('message', (msg: CardRequest) => {
  renderCardPng(msg.card).then(
    (png) => process.send?.({ id: msg.id, png, peakRssMb: peakRssMb() } satisfies CardReply),
    (err: unknown) => process.send?.({ id: msg.id, error: err instanceof Error ? err.message : String(err), peakRssMb: peakRssMb() } satisfies CardReply),
  );
});
process.on('disconnect', () => process.exit(0));
