import type { AnyCommand } from './command.js';

/**
 * Deep links. A message that asks a person to continue privately carries a link whose payload names
 * the flow (`?start=medinfo_23`: medicine request #23; `?start=home`: the door); pressing Start sends
 * "/start medinfo_23" in the private chat, and that is read as the command it stands for
 * ("/配药详情 23"), through the same router, policy and exactly-once record as if it were typed.
 */
const START = /^\/start(?:@[A-Za-z0-9_]+)?\s+([A-Za-z0-9_-]{1,64})\s*$/;

/** The payload naming a command (dots as dashes: Telegram allows only A-Z a-z 0-9 _ -), with a record's number. */
export const startPayload = (command: string, id?: number): string => `${command.replace(/\./g, '-')}${id !== undefined ? `_${id}` : ''}`;

/** The command a "/start <payload>" resumes, as the person would have typed it; undefined for anything else. */
export function resumedText(text: string, commandNamed: (name: string) => AnyCommand | undefined): string | undefined {
  const payload = START.exec(text.trim())?.[1];
  if (!payload) return undefined;
  const [, name, id] = /^(.+?)(?:_(\d{1,9}))?$/.exec(payload) ?? [];
  const command = name ? commandNamed(name.replace(/-/g, '.')) : undefined;
  if (!command) return undefined;
  return `/${command.aliases[0] ?? command.name}${id ? ` ${id}` : ''}`;
}
