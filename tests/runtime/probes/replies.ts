/**
 * Round 4 probes (replies), written from the seeds and group-chat habits before the recognisers were
 * changed for them. [context, text, intent, fields?] as in ../understand-probes.ts.
 */
export const ROUND_4_REPLIES: [string, string, string, string?][] = [];
