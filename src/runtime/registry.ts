import type { BulletinSection, Capability, PersonalData, Schedule } from './capability.js';
import { WAITING_JOB, waitingJob } from './waiting.js';
import type { AnyCommand, ConversationHandler, JobHandler, ReplyDef } from './command.js';
import type { DeskSection } from './desk.js';
import { Router } from './router.js';

/** A reply or conversation handler with the command that brought it (whose roles the policy checks). */
export interface Owned<H> {
  handler: H;
  command: AnyCommand;
}

/**
 * Every capability and what it brings, indexed once at start-up; duplicates are refused. Handlers
 * reach the other capabilities through it (`ctx.registry`), never through a module-level list.
 */
export class Registry {
  readonly commands: AnyCommand[];
  readonly router: Router;
  readonly replyHandlers = new Map<string, Owned<ReplyDef>>();
  readonly conversationHandlers = new Map<string, Owned<ConversationHandler>>();
  readonly jobHandlers = new Map<string, JobHandler>();
  /** Each capability's part of the daily bulletin, in order. */
  readonly bulletinSections: BulletinSection[];
  /** What each capability holds about a person, for /mydata, /forgetme and retention. */
  readonly personalData: PersonalData[];
  readonly schedules: Schedule[];
  /** Each capability's part of the desk, in order; addressed by name. */
  readonly deskSections: DeskSection[];
  /** Job kinds that send nothing (see Capability.quietJobs). */
  readonly quietJobs: ReadonlySet<string>;

  constructor(
    readonly capabilities: readonly Capability[],
    botNames: string[] = [],
  ) {
    const names = new Set<string>();
    for (const c of capabilities) {
      if (names.has(c.name)) throw new Error(`capability "${c.name}" is listed twice`);
      names.add(c.name);
    }
    this.commands = capabilities.flatMap((c) => c.commands);
    this.router = new Router(this.commands, botNames);
    for (const command of this.commands) {
      for (const [kind, handler] of Object.entries(command.onReply ?? {})) add(this.replyHandlers, kind, { handler, command }, 'reply kind', command.name);
      for (const [kind, handler] of Object.entries(command.onConversation ?? {})) {
        add(this.conversationHandlers, kind, { handler, command }, 'conversation kind', command.name);
      }
    }
    for (const c of capabilities) {
      for (const [kind, handler] of Object.entries(c.jobs ?? {})) add(this.jobHandlers, kind, handler, 'job kind', c.name);
    }
    // The runtime's own: a newcomer's request kept while they are asked where they live.
    add(this.jobHandlers, WAITING_JOB, waitingJob, 'job kind', 'runtime');
    this.bulletinSections = capabilities.flatMap((c) => (c.bulletinSection ? [c.bulletinSection] : [])).sort((a, b) => a.order - b.order);
    this.personalData = capabilities.flatMap((c) => (c.personalData ? [c.personalData] : []));
    this.schedules = capabilities.flatMap((c) => c.schedules ?? []);
    const sections = new Map<string, DeskSection>();
    for (const c of capabilities) for (const s of c.desk ?? []) add(sections, s.name, s, 'desk section', c.name);
    this.deskSections = [...sections.values()].sort((a, b) => a.order - b.order);
    this.quietJobs = new Set(capabilities.flatMap((c) => c.quietJobs ?? []));
  }
}

function add<T>(map: Map<string, T>, kind: string, value: T, what: string, owner: string): void {
  if (map.has(kind)) throw new Error(`${what} "${kind}" is declared twice (again by ${owner})`);
  map.set(kind, value);
}
