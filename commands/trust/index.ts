import { defineCapability } from '../../src/runtime/capability.js';
import { auditDesk, residentsDesk } from './desk.js';
import { trustMessages } from './messages.js';
import { ensureRetentionJob, RETENTION_JOB } from './store/retention.js';
import {
  auditCommand,
  forgetmeCommand,
  lockdownCommand,
  mydataCommand,
  residentsCommand,
  retentionCommand,
  retentionJobs,
} from './trust.js';

/** Trust: what linli holds about you, forgetting, the audit trail, retention and the end of a lockdown. */
export const trust = defineCapability({
  name: 'trust',
  commands: [mydataCommand, forgetmeCommand, residentsCommand, auditCommand, retentionCommand, lockdownCommand],
  messages: trustMessages,
  jobs: retentionJobs,
  start: (ctx) => ensureRetentionJob(ctx.db, ctx.now(), ctx.config.timeZone),
  desk: [residentsDesk, auditDesk],
  // Erasing on time is a promise to the residents; it tells nobody, so after a restore it still runs.
  quietJobs: [RETENTION_JOB],
});
