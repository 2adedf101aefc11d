import { defineCapability } from '../../src/runtime/capability.js';
import { bulletinCommand, bulletinJobs } from './bulletin.js';
import { checkDueBulletins } from './deliver.js';
import { bulletinDesk } from './desk.js';
import { bulletinMessages } from './messages.js';
import { noticeCommand } from './notices.js';
import { carrySends } from './store/sends.js';

/** The daily bulletin (防疫日报) and the secretary's notices; other capabilities add sections to it. */
export const bulletin = defineCapability({
  name: 'bulletin',
  commands: [noticeCommand, bulletinCommand],
  messages: bulletinMessages,
  jobs: bulletinJobs,
  // Every minute: a bulletin time is a minute of the day.
  schedules: [{ name: 'bulletin', cron: '* * * * *', run: checkDueBulletins }],
  desk: [bulletinDesk],
  // A restore of an older backup must not send a day's bulletin that already went out.
  afterRestore: (ctx, schema) => ({ key: 'bulletin.carried', count: carrySends(ctx.db, schema) }),
});
