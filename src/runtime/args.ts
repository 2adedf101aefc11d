import type { AnyCommand, ParseContext } from './command.js';
import { UserError } from './errors.js';

export type ParsedArgs = { ok: true; value: unknown } | { ok: false; error: UserError };

/** Runs a command's own parser, then its zod schema; a failure becomes the command's usage reply. */
export function parseArgs(command: AnyCommand, rawArgs: string, p: ParseContext): ParsedArgs {
  try {
    const value = command.parse(rawArgs, p);
    const checked = command.args.safeParse(value);
    if (checked.success) return { ok: true, value: checked.data };
    return { ok: false, error: new UserError(command.usage) };
  } catch (err) {
    if (err instanceof UserError) return { ok: false, error: err };
    throw err;
  }
}

/** The arguments of a reading: read by the recogniser (checked by the schema), or its text through the command's parser. */
export function readingArgs(command: AnyCommand, reading: { args?: unknown; rawArgs?: string }, p: ParseContext): ParsedArgs {
  if (reading.args === undefined) return parseArgs(command, reading.rawArgs ?? '', p);
  const checked = command.args.safeParse(reading.args);
  return checked.success ? { ok: true, value: checked.data } : { ok: false, error: new UserError(command.usage) };
}
