import type { AnyCommand, ConversationHandler, JobHandler, ReplyHandler } from './command.js';
import { Router } from './router.js';

/** The commands and the handlers they bring, indexed once at start-up. Duplicates are refused. */
export class Registry {
  readonly router: Router;
  readonly replyHandlers = new Map<string, ReplyHandler>();
  readonly conversationHandlers = new Map<string, ConversationHandler>();
  readonly jobHandlers = new Map<string, JobHandler>();

  constructor(
    readonly commands: AnyCommand[],
    botNames: string[] = [],
  ) {
    this.router = new Router(commands, botNames);
    for (const c of commands) {
      add(this.replyHandlers, c.onReply, 'reply kind', c.name);
      add(this.conversationHandlers, c.onConversation, 'conversation kind', c.name);
      add(this.jobHandlers, c.jobs, 'job kind', c.name);
    }
  }
}

function add<T>(map: Map<string, T>, entries: Record<string, T> | undefined, what: string, owner: string): void {
  for (const [kind, handler] of Object.entries(entries ?? {})) {
    if (map.has(kind)) throw new Error(`${what} "${kind}" is declared twice (again by ${owner})`);
    map.set(kind, handler);
  }
}
