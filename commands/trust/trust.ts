import { z } from 'zod';
import type {  Jobs } from '../../src/runtime/capability.js';
import { defineCommand } from '../../src/runtime/command.js';
import type { Ctx } from '../../src/runtime/context.js';
import { parseNumber } from '../../src/kernel/chinese.js';
import { UserError } from '../../src/runtime/errors.js';
import { replyList } from '../../src/runtime/long-reply.js';
import { doorKey, doorLabel, findDoor, parseBuilding } from '../../src/kernel/fields/door.js';
import { maskPhone } from '../../src/kernel/fields/phone.js';
import { roleLabel, type Role } from '../../src/kernel/roles.js';
import { localDateTime } from '../../src/kernel/time.js';
import type { MessageKey } from '../../src/kernel/catalogue.js';
import { endConversation, saveConversation } from '../../src/services/conversations.js';
import { homeOf, memberByPlatformId, senderOfMessage, type Member } from '../../src/services/members.js';
import { auditKindOf, auditLineWords } from './audit-words.js';
import { DECORATION, plainFormal } from '../community/recognise.js';
import { ownWords } from '../../src/kernel/cues.js';
import { auditOfMember, auditOfRecord, type AuditRow } from './store/audit.js';
import { allRolesOf, communitiesOf, forgetMember } from './store/personal.js';
import { residentsOfBuilding } from './store/roster.js';
import {
  DEFAULT_GRACE_DAYS,
  endLockdown,
  ensureRetentionJob,
  erasureDue,
  resumeLockdown,
  retentionOf,
  runRetention,
  setRetentionDays,
  RETENTION_JOB,
} from './store/retention.js';


/** Asking what the bot holds about oneself. */
const MYDATA = new RegExp(
  [
    String.raw`(?:你|你们)[^。,,!!?]{0,4}(?:存|记|保存|登记|留)(?:了|着|下|过|有)?(?:我|我家)(?:的)?(?:电话|手机|号码|地址|门牌|住址|信息|资料|哪些|什么|啥)`,
    String.raw`(?:do|did|does) (?:you|the bot|linli) (?:store|keep|have|save|hold|record) my\b(?!\s+(?:parcel|package|delivery|order|keys?|bag|phone\b(?! number)|stuff|things|money|change|groceries|vegetables|eggs|meds? (?!on)))`,
    String.raw`(?:information|info|data|details) (?:that )?you (?:saved|stored|have|keep|hold|collected)`,
    String.raw`(?:details|data|info(?:rmation)?|records?) of mine`,
    String.raw`which (?:details|data|info(?:rmation)?)[^.?]{0,20}(?:do|did) you (?:keep|have|hold|store)`,
    String.raw`you (?:saved|stored|collected|have|keep|hold) (?:about|on|of) me`,
    String.raw`(?:你|你们)[^。,,!!?]{0,4}有没有我的(?:电话|手机|号码|地址|门牌|信息|资料)`,
    String.raw`(?:报|登记)(?:过|了)(?:什么|哪些|啥)(?:药)?[^。]{0,12}(?:记录|查)`,
    String.raw`what have you got (?:on|about) me`,
    String.raw`(?:你|你们)?(?:那边|这边|那里|这里)?(?:记|存|登记|保存|收|留)(?:了|着|的)?(?:我|关于我)(?:的)?(?:些)?(?:什么|哪些|啥)`,
    String.raw`我(?:以前|之前|上次|原来|报名时)?(?:登记|报|填|留)(?:的|过的|了的)(?:资料|信息|东西|药|内容|门牌|地址)[^。]{0,12}(?:看|查)`,
    // 「阿拉配过格药 侬查一查」: the medicine registered through the bot (配过的药), then checked.
    String.raw`我(?:以前|之前|上次|原来)?配过的(?:药|[\u4e00-\u9fff]{1,4}药)[^。]{0,12}(?:看|查)`,
    String.raw`(?:have|keep|hold|store)[^.?]{0,12}on file (?:for|about) (?:me|us|my (?:mum|mom|mother|dad|father|parents?|grand\w+|nan|gran|wife|husband))\b`,
    String.raw`what (?:do you|have you got) (?:have|keep|hold|store)?[^.?]{0,12}(?:on|about|for) me\b`,
    String.raw`我的(?:个人)?(?:信息|资料|数据)[^。]{0,8}(?:给别人|谁能看|谁看|安全|泄露|保密)`,
    String.raw`which of my (?:details|data|information|info)`,
    String.raw`我的(?:电话|手机号?|地址|门牌|住址|信息|资料)你(?:们)?(?:有|存|记)(?:了|着)?吗`,
    String.raw`(?:记录|存|保存|收集)了我(?:的)?(?:哪些|什么)`,
    String.raw`我(?:都)?登记(?:过|了)(?:什么|哪些|啥)`,
    String.raw`(?:把)?我的(?:个人)?(?:资料|信息|数据)(?:给我)?看(?:看|一下)`,
    String.raw`(?:你|你们)?(?:那里|那边|这里|这边)?有我的(?:电话|手机号?|地址|门牌|住址|信息|资料)吗`,
    String.raw`what do you know about me`,
    String.raw`do you have my\b(?=[^.?]{0,25}\b(?:data|info|information|details|address|phone|number|name|records?|file|personal|medical|meds|on record|on file|saved|stored))`,
    String.raw`can i see my (?:data|info|details)`,
    String.raw`my personal (?:data|info)`,
    String.raw`(?:你|你们)(?:这里|那边|这边)?有我(?:的)?(?:什么|哪些|啥)(?:信息|资料|数据|记录)?`,
    String.raw`我在你(?:们)?(?:这|这里|那|那边)(?:儿)?(?:登记|存|留|记)(?:了|过)?(?:什么|哪些|啥)`,
    String.raw`(?:查|看)(?:一下|看)?我的(?:个人)?(?:信息|资料|数据)`,
    String.raw`你(?:们)?(?:记|存|登记)的我(?:家)?(?:的)?(?:门牌|地址|住址|信息|电话)`,
    String.raw`what (?:info|information|data|details) (?:do|did) you (?:keep|have|hold|store)`,
    String.raw`^(?:查看|看看|查询)?我的(?:个人)?(?:信息|资料|数据)\s*(?:查询|查看|看看|查一下|看一下)?(?:[??!!。]|$)`,
    // 「把你存我的东西都给我看一下」, 「你们记的关于我的内容」: a verb of keeping put straight before what is mine.
    String.raw`(?:你(?:们|哋)?|邻里|机器人|系统)(?:这|那|度)?(?:里|边|儿)?[^。!!??]{0,4}?(?:存|保存|记录|登记|收集|记)(?:了|着|下|过)?(?:的)?(?:关于)?我(?:家)?(?:的)(?:东西|内容|记录)`,
    String.raw`你(?:们)?(?:那边|这里)?(?:存|收集|记|保存)(?:了|的)?(?:我|关于我)(?:的)?(?:什么|哪些|些什么)`,
    String.raw`我的(?:个人)?(?:信息|资料)你(?:们)?(?:都)?(?:存|记)`,
    String.raw`(?:你|你们)?(?:这里|那边)?记的我(?:家)?(?:的)?(?:地址|门牌|信息)(?:对不对|对吗)`,
    String.raw`你(?:们)?知道我住(?:哪|在哪)`,
    String.raw`(?:看|查)(?:到|看|一下)?我(?:登记|存|留)(?:的|过的)`,
    String.raw`我登记的(?:东西|信息|内容|资料)`,
    String.raw`(?:报|登记)(?:过)?的(?:药|配药)[^。]{0,8}(?:有记录|记录)`,
    String.raw`what (?:data|info(?:rmation)?|details) (?:do|did) you (?:have|hold|keep|store)`,
    String.raw`show me my (?:info|data|details)`,
    String.raw`what do you know about me`,
    String.raw`\b(?:do|does|did) (?:you|u|linli|the bot) (?:still )?(?:have|keep|hold)\b[^.?]{0,40}\bI (?:requested|asked for|registered|gave|sent|ordered)\b[^.?]{0,15}\b(?:on (?:record|file)|in your (?:records?|system|list))`,
    String.raw`my (?:personal )?data\b(?!\s*(?:plan|usage|roaming|package|allowance|bundle|limit|cap|card|connection|signal))`,
  ].join('|'),
  'i',
);

/** The writer's own details as residents name them: 我的电话, 我家地址, 我的个人资料, 我嘅個人資料. */
// 「我家老头子的信息」: a household member's details are the household's own.
// 「我哋屋企咩地址」, 「阿拉屋里啥个地址」: the household said in dialect, and which detail asked before its noun.
/** A household member as residents name them, grandparents and in-laws too (奶奶, 外公, 婆婆, 丈母娘, 父母, 姆妈, 阿嫲). */
const RELATIVE = String.raw`(?:老头子?|老太婆?|老伴|老公|老婆|爱人|先生|太太|爸妈|妈妈?|姆妈|爸爸?|父母|儿子|女儿|孩子|家人|外婆|外公|奶奶|爷爷|婆婆|公公|岳母|岳父|丈母娘|老丈人|阿嫲|阿爷|家里老人|家老人)`;
/** A household member in English: "my dad", "my grandma", "my parents". */
const RELATIVE_EN = String.raw`my (?:mum|mom|mother|dad|father|parents?|grand(?:ma|mother|pa|father|parents?)|granny|grandad|nan|gran|wife|husband|in-laws?|mother-in-law|father-in-law)\b`;
const MY_INFO = String.raw`我(?:们|哋)?(?:家|们家|家里|屋头)?(?:的|个|些|额)?(?:什么个?|啥个?)?(?:${RELATIVE}(?:的)?)?(?:个人|登记|注册|报名|基本|账户|账号)?(?:的)?(?:信息|资料|数据|个资|隐私|档案|记录|情况|电话(?:号码)?|手机号?|号码|地址|住址|门牌号?|名字|姓名|称呼|微信(?:号)?|身份证(?:号)?|生日|年龄|病历|病史|过敏史|用药(?:记录)?|(?:配)?药(?:的)?记录|健康(?:信息|状况|情况))`;
/** 「我的电话」 as MY_INFO names it, for frames built before MY_INFO itself. */
const MY_INFO_WORDS = String.raw`我(?:家)?(?:的|额|个)?(?:个人)?(?:信息|资料|数据|个资|隐私|档案|记录|电话(?:号码)?|手机号?|号码|地址|住址|门牌号?|名字|微信(?:号)?)`;
/** Whom a resident asks about what is held: the bot, its system, "you here". */
const HOLDER_WORDS = String.raw`(?:你(?:们|哋)?|邻里|机器人|系统)(?:这|那|度|手)?(?:里|边|儿)?`;
const HOLDER = String.raw`(?:你(?:们|哋)?|邻里|机器人|系统)(?:这|那|度)?(?:里|边|儿)?`;
/**
 * Asking what is held, in a private chat or said to the bot, by frame rather than by sentence:
 * the holder and a verb of keeping with me or "what" after it (「你们存了哪些」, 「我在你度登记了些什么」,
 * 「你们有没有我的个人资料」); my details with a question about them (「我的资料有被保存吗」,
 * 「你那边我家地址写的是哪里」, 「我的资料 给我看看」); my details given to others (「会不会把我的电话给别人看」);
 * "what personal data do you keep".
 */
const MYDATA_ASKED = new RegExp(
  // (「你的功能都有哪些」, 「你们的服务有哪些」: what the bot itself offers, asked, is a question about it, not about what it holds of me.)
  String.raw`${HOLDER}(?!(?:们)?的?(?:功能|服务|本事|本领|能耐|用处|用场|作用))[^。!!??]{0,6}?(?:存|记|保存|登记|留|收集|记录|有没有|有)(?:了|着|下|过)?[^。!!??]{0,3}?(?:${MY_INFO}|我(?:的|些)?(?:什么|哪些)|(?:哪些|什么)(?:信息|资料|数据|东西)?(?:[??吗呢]|$|\s))` +
    String.raw`|${MY_INFO}[^。!!??]{0,10}?(?:有?被(?:保存|存|记录|收集|登记)|会不会(?:被)?(?:泄露|给)|(?<![你您])(?:给我)?看(?:看|一下)|写的是|记的是|是(?:什么|哪|多少|几)|(?:都)?(?:有|包括|包含)(?:什么|哪些|些什么)|(?:你(?:们|哋)?)?(?:都)?(?:知道|记|存|掌握)(?:了)?(?:些)?(?:什么|哪些)|对不对|对吗|安全(?:吗|不)|安不安全|(?:存|记|保存)(?:了|着)?(?:吗|没有))` +
    String.raw`|把${MY_INFO}[^。!!??]{0,6}?(?:给|告诉|交给|发给|卖给)(?:别人|外人|其他人|人家|快递|外卖|商家|公司|骗子|陌生人|推销|中介|广告)` +
    String.raw`|\b(?:what|which)\b[^.?]{0,25}\b(?:data|info|information|details|records?)\b[^.?]{0,20}\b(?:you|linli|the bot)\s+(?:keep|have|hold|store|save|collect|record)`,
  'i',
);

/**
 * A parent's details, named as 她的/他的 once the parent is named (「我媽媽住在… 你們那邊記錄的她的地址和電話是不是最新的」): the household's
 * own, as 我妈的电话 is; 「隔壁阿姨说你们记的她的电话不对」 names nobody of mine.
 */
const PARENT_NAMED = new RegExp(String.raw`(?:我|帮|替|给)(?:的)?${RELATIVE}`);
const PARENTS_DETAILS = new RegExp(
  String.raw`${HOLDER}[^。!!??]{0,6}?(?:存|记|保存|登记|记录)(?:了|着|下|过)?(?:的)?(?:他|她|伊)(?:的)?(?:电话(?:号码)?|手机号?|地址|住址|门牌号?|信息|资料)[^。!!]{0,12}?(?:对不对|对吗|是不是|最新|有没有|写错|没错|吗|[??])`,
);
/** 「她的资料你们那边有吗」: the details named first, the holder asked after. */
const PARENTS_DETAILS_FIRST = new RegExp(
  String.raw`(?:他|她|伊)(?:的|额)(?:电话(?:号码)?|手机号?|地址|住址|门牌号?|信息|资料)[^。!!??]{0,6}?${HOLDER}[^。!!??]{0,4}?(?:有|存|记|保存|登记)(?:了|着)?(?:吗|么|没有|伐|[??])`,
);
/** 「你们存的他们是什么门牌」, 「你那里存的是他们什么信息」: which of theirs the holder keeps, asked once they are named. */
const PARENTS_DETAILS_WHICH = new RegExp(
  String.raw`${HOLDER}[^。!！？?]{0,6}?(?:存|记|保存|登记|记录)(?:了|着|下)?的(?:是)?(?:他们|她们|他|她|伊)(?:的)?(?:是)?(?:什么|哪些|哪个|啥|几)(?:号)?(?:信息|资料|门牌号?|地址|电话|药)?`,
);
const parentsDetails = (text: string): string | undefined => {
  const m = PARENTS_DETAILS.exec(text) ?? PARENTS_DETAILS_FIRST.exec(text) ?? PARENTS_DETAILS_WHICH.exec(text);
  return m && PARENT_NAMED.test(text.slice(0, m.index)) ? m[0] : undefined;
};

/** What the bot keeps of mine as a records office names it: 信息, 资料, 档案, 记录, 登记, 情况. */
const MY_RECORD = String.raw`(?:我(?:们|家|们家)?(?:的|额)?(?:个人|登记|注册|报名|基本|账户|账号|帐户|帐号)?(?:的|额)?(?:信息|资料|数据|个资|档案|记录|登记信息|登记资料)|我(?:家|家里|们家)?(?:登记|报|填|留)(?:的|额|过的)(?:东西|内容|信息|资料|联系电话|电话|手机号?|地址|门牌号?|名字|情况))`;
/**
 * Asking to see or check one's record, or how much of it is held, by frame: a verb of looking or
 * checking before it (「核对一下我的登记信息」, 「把我的记录调出来」, 「查我的记录」) or after it with a request
 * (「我的资料可以导出吗」); the holder with how much or which of me (「你们手里有我多少信息」, 「你们掌握了我
 * 哪些情况」); my standing in its system (「我在你们系统里是什么情况」); a record of mine checked (「登记的我的那个
 * 信息 是不是都对的」); what I registered or told it (「我登记了些什么」, 「我跟你说过哪些事」); data about me in English.
 */
const MY_RECORD_ASKED = new RegExp(
  [
    // 「把我们家的记录发给我」, 「我的资料列一下」: the record sent, listed or told.
    String.raw`${MY_RECORD}[^。!！？?]{0,6}?(?:发(?:给)?我|列(?:一下|出来|给我)|告诉我)`,
    // 「把你记着的关于我家的都告诉我」, 「你们记的都给我列出来」: all the holder keeps, told or listed.
    String.raw`(?:${HOLDER_WORDS}|把)[^。!！？?\s]{0,3}?(?:记着|记|存着|存|登记|记录|保存)(?:了)?的(?:关于我(?:家|们家)?的)?(?:东西|内容|信息|资料|记录)?(?:都|全部|全)?(?:告诉我|发给我|发我|给我(?:列出来|看|发)|列出来|列给我)`,
    // 「我们家在你这里登记的情况」, 「我婆婆在你们这的记录」, 「我家在系统里是什么情况」: the household's record where the bot keeps it, looked at or asked.
    String.raw`(?:查|看|问)(?:一下|查|看|问)?(?:我(?:们|家|们家)?(?:的)?(?:${RELATIVE})?)在(?:${HOLDER_WORDS}(?:的)?(?:系统|名单)?|(?:系统|名单|数据库))(?:里|上|中)?(?:面)?(?:登记|记录|存|留)?(?:的)?(?:是)?(?:什么)?(?:记录|资料|信息|档案|情况)`,
    String.raw`我(?:们|家|们家)?(?:的)?(?:${RELATIVE})?在(?:${HOLDER_WORDS}(?:的)?(?:系统|名单)?|(?:系统|名单|数据库))(?:里|上|中)?(?:面)?(?:登记|记录|存|留)?(?:的)?(?:是)?(?:什么)?(?:记录|资料|信息|档案|情况)[^。!！]{0,10}?(?:吗|么|伐|[?？]|查|看|列|发|告诉|对不对|是不是|怎么样)`,
    String.raw`^(?:查看?|看看?|查询|调出)?(?:一下)?${MY_RECORD}(?:查询|查看|看看)?[吗呢??!!。]*$`,
    String.raw`^(?:查看?|查询)?个人(?:信息|资料|档案)(?:查询|查看)[吗呢??!!。]*$`,
    // "my profile", "show my account info pls": the menu's words in English.
    String.raw`^(?:show |view |see |check |open )?(?:me )?(?:my )(?:profile|account(?: info(?:rmation)?| details)?|info(?:rmation)?|details|data)(?: pls| please| plz)?[.!?]*$`,
    String.raw`^account (?:info|information|details)[.!?]*$`,
    String.raw`\bwhat (?:personal )?(?:details|info(?:rmation)?|data)\b[^.?]{0,12}\bdid i (?:give|tell|send|provide)\b`,
    // 「我的资料里面电话号码是不是还是以前那个」: a detail inside my record, asked.
    String.raw`${MY_RECORD}(?:里|里面|上|中)(?:的)?[^。!!??]{0,8}?(?:是不是|是什么|是哪|是多少|对不对|还是不是)`,
    String.raw`\b(?:are|were) (?:you|u) (?:keeping|storing|saving|recording|sharing|selling|giving out|passing on|using)\b[^.?]{0,20}\bmy (?:address|phone|number|details|info|information|data|name|records?)\b`,
    String.raw`\b(?:show|send|give|tell) (?:me )?(?:all )?my (?:registered |saved |personal |recorded )?(?:details|info(?:rmation)?|data|records?|profile)\b`,
    // 「你那边记的是哪个」, 「我报的药都有哪些」: which record, asked inside a long message.
    String.raw`${HOLDER_WORDS}[^。!!??]{0,4}?(?:记|存|登记)(?:的|着的)(?:是)?(?:哪个|哪一个|什么|多少|哪)`,
    String.raw`我(?:报|登记|填|留)(?:的|过的)(?:药|门牌|地址|东西|信息)(?:都)?(?:有)?(?:哪些|什么)`,
    // 「登记的电话是哪个」, 「记的是谁的名字」, 「登记格门牌号是多少」: one field of the record, named by its verb of keeping, then which or whose.
    String.raw`(?:登记|记|存|留)(?:的|着的|格|额)(?:是)?(?:谁的|哪个人的|哪位的)?(?:名字|姓名|电话(?:号码)?|手机号?(?:码)?|号码|地址|住址|门牌号?)[^。!!??]{0,3}?(?:是)?(?:谁|哪里|哪个|哪|啥|什么|多少|几)`,
    // 「你那边存的资料是她的还是我的」, 「你记在他名下还是我名下」: whose record the holder keeps, asked as a choice.
    String.raw`${HOLDER_WORDS}[^。!!??]{0,4}?(?:记|存|登记|保存)(?:的|在|着的)[^。!!??还]{1,8}?还是`,
    // 「我家报的药记在谁名下」, "under whose name is our household", "what name do you have me under": whose name the record is under.
    String.raw`(?:登记|记|存|留|报)(?:在)(?:谁|哪个人|哪位)(?:的)?(?:名下|名字下)`,
    String.raw`\bunder whose name\b`,
    String.raw`\bwhat name (?:do|did) (?:you|u) have (?:me|us|my \w+)(?: down)? (?:under|as)\b`,
    String.raw`(?:登记|记|存|留)(?:的|着的|格|额)是(?:谁|哪个人|哪位)的(?:名字|姓名|电话(?:号码)?|手机号?(?:码)?|号码|地址|住址|门牌号?)`,
    String.raw`(?:看|查|查询|查看|核对|核实|调出|调|导出|拿出|给我看|发我|打印|下载)(?:一下|下|看|看看)?(?:把)?${MY_RECORD}`,
    String.raw`${MY_RECORD}[^。!!??]{0,8}?(?<![你您])(?:导出|调出|拿出(?:来)?|核对|核实|下载|打印|查|看)[^。!!??]{0,4}?(?:吗|么|伐|可以|能|行|[??]|看|一下|给我)`,
    String.raw`${HOLDER_WORDS}[^。!!??]{0,6}?(?:存|记|保存|登记|收集|记录|掌握|有)(?:了|着|下|过)?(?:我|关于我)(?:的|额)?(?:多少|哪些|什么|些什么)(?:信息|资料|情况|东西|数据)?`,
    String.raw`我在${HOLDER_WORDS}?(?:的)?(?:系统|名单|数据库|登记表?|记录)(?:里|中|上)?(?:面)?(?:是|有)?(?:什么|哪些|些什么)(?:情况|信息|资料|状态|身份)?`,
    String.raw`(?:登记|记|存|留)(?:的|额)(?:我(?:的|额)?)?(?:那个|那些|这个)?(?:信息|资料|门牌号?|地址|住址|电话|手机号?|东西)[^。!!??]{0,6}?(?:对不对|是不是(?:都)?对|对吗|对的吗|没错吧|有没有错|准不准)`,
    String.raw`我(?:都)?(?:登记|报|填|留)(?:了|过)(?:些)?(?:什么|哪些)`,
    // 「我报名的时候填的技能你们那儿有吗」: a record I filled in, then whether the holder has it.
    String.raw`(?:我|时候|当时|那时)[^。!!??]{0,10}?(?:报|登记|填|留|写)(?:的|过的)(?:那些|这些|那个)?(?:技能|特长|信息|资料|电话|手机号?|地址|门牌号?|名字)[^。!!??]{0,6}?${HOLDER_WORDS}[^。!!??]{0,4}?(?:有|存|记|留|保存)(?:着|了)?(?:吗|么|没有|伐|[??])`,
    // 「你们有我家里几个人的信息吗」: the holder with a record of mine, a few words between.
    String.raw`${HOLDER_WORDS}[^。!!??]{0,4}?(?:有|存|记|保存|登记)(?:了|着)?(?:没有)?我(?:家|家里|们家)?[^。!!??]{1,6}?的(?:信息|资料|数据|记录|电话|地址)[^。!!]{0,3}(?:吗|么|伐|[??])`,
    String.raw`(?:跟|和|对|给)你(?:们)?(?:说|讲)(?:过|了)(?:哪些|什么|些什么)[^。!!??]{0,8}(?:记|存)`,
    // 「我之前告诉过你哪些东西」, 「我给过你什么资料」, "what did I tell you so far?": what I gave the bot, asked as the whole question.
    String.raw`我(?:之前|以前|上次|都|到底)?(?:(?:告诉|给|发给|提供给)(?:过|了)?你(?:们|哋)?|(?:跟|和|对|同)你(?:们|哋)?(?:说|讲|提)(?:过|了)?)(?:过|了)?(?:些)?(?:哪些|什么|啥|咩)(?:东西|信息|资料|事情?|内容)?(?:[吗呢啊呀??]|\s|$)`,
    String.raw`\bwhat (?:did|have) i (?:told|tell|give|gave|given|sent|send|shared?) (?:to )?(?:you|u)\b(?: so far| before| already)?\s*\??\s*$`,
    String.raw`\b(?:what|which|any)\b[^.?]{0,20}\b(?:data|info(?:rmation)?|details|records?|stuff) (?:about|on|of|abt) me\b`,
    String.raw`\b(?:see|view|check|get|download|export)\b[^.?]{0,12}\b(?:my (?:personal )?(?:data|info(?:rmation)?|details|records?)|(?:data|info(?:rmation)?|details|records?) (?:about|on|of) me)\b`,
  ].join('|'),
  'i',
);

/**
 * Whether I am on record at all: registered or not (「我登记上了没有」, 「我是不是已经登记过了」, 「阿拉登记好了伐」,
 * 「我的资料填对了吗」), on its list (「我在不在你们名单里」, 「你们名单上有我吗」, 「有没有我的名字」), and in
 * English "am I registered?", "did you get my address?", "are my details correct?".
 */
const ON_RECORD = new RegExp(
  [
    String.raw`(?<![帮给替让叫请为])我(?:是不是|有没有|到底)(?:已经)?(?:登记|注册|录入|报上名|报名)`,
    String.raw`(?<![帮给替让叫请为])我(?:的)?(?:门牌号?|地址|住址|信息|资料|名字|电话)?(?:已经)?(?:登记|注册|录入|报名)(?:过|上|好|成功|进去)?(?:了)?(?:没有|没|吗|么|未|了没)`,
    String.raw`查(?:一下|查|看)?我(?:有没有|是不是)?(?:登记|注册|报名)`,
    // 「我的登记有没有成功」, 「我登记成功了吗」: whether my registration went through.
    String.raw`(?<![帮给替让叫请为])我(?:的)?(?:登记|注册|报名|资料|信息)[^。!!??]{0,4}?(?:有没有|是否|是不是)?(?:成功|通过|完成|生效|弄好|搞好)(?:了)?(?:没有|没|吗|么|未|[??]|\s*$)`,
    String.raw`(?<![帮给替让叫请为])我(?:的)?(?:资料|信息|门牌号?|地址|住址|电话|名字)(?:有没有|是不是|是否)?(?:填|写|登记|记)(?:对|错|好)(?:了)?(?:吗|么|没有|没|$)`,
    String.raw`(?<![帮给替让叫请为])我(?:在不在|有没有在|是不是在|在)(?:你们|你哋|你)?(?:的)?(?:名单|系统|记录|名册|花名册|数据库)(?:里|上|中|度)?`,
    String.raw`(?:名单|系统|记录|名册|花名册)(?:里|上|中|度)?(?:面)?有(?:没有)?我(?:吗|么|的名字|$)`,
    // 「我在你这有登记吗」: on record with the bot itself, the holder said as a place.
    String.raw`(?<![帮给替让叫请为])我在(?:你们|你哋|你)(?:这|那|度)?(?:里|边|儿)?(?:还)?(?:有没有|有|是不是有)(?:登记|记录|名字|资料|档案)`,
    String.raw`有没有我的(?:名字|记录|信息|资料|登记)`,
    String.raw`\b(?:am i|is ${RELATIVE_EN}|are ${RELATIVE_EN}) (?:registered|signed up|on (?:the|your) (?:list|records?)|in (?:the|your) system|on (?:record|file))\b`,
    String.raw`\bis my (?:registration|sign[- ]?up|address|door|info|data|details)\b[^.?]{0,20}\b(?:complete|done|ok|okay|correct|right|saved|registered|through|recorded)\b`,
    String.raw`\b(?:did|have) (?:you|u) (?:get|got|receive|received|save|saved|record|recorded|register|registered)\b[^.?]{0,12}\bmy (?:address|door|flat|details|info|data|name|number|phone|registration)\b`,
    String.raw`\bare my (?:details|data|info|address|records?)\b[^.?]{0,12}\b(?:correct|right|ok|okay|saved|up to date)\b`,
    // What becomes of it: who sees it (谁能看到我的电话, 阿拉额电话啥人看得到), how long it is kept (我的资料会保存多久),
    // under which name or number I am registered (我用什么名字登记的, "what name did I register under?").
    String.raw`(?:谁|哪些人|什么人|啥人)(?:能|可以|会)?(?:看|看到|看得到|知道|拿到)(?:了)?${MY_INFO_WORDS}`,
    String.raw`${MY_INFO_WORDS}[^。!!??]{0,6}?(?:谁|哪些人|什么人|啥人)(?:能|可以|会)?(?:看|看到|看得到|知道|拿到)`,
    String.raw`${MY_INFO_WORDS}[^。!!??]{0,8}?(?:保存|存|留|保留|记)(?:着)?(?:多久|多长时间|到什么时候|几年|几天|几个月)`,
    String.raw`(?:我|我们家|我家|阿拉)(?:当初|之前|以前|好像|是){0,3}(?:用|以)?(?:什么|哪个|啥|谁的|谁)(?:的)?(?:名字|名|手机号?|电话|号码)(?:登记|注册|报名)`,
    String.raw`\bwhat (?:name|number|phone(?: number)?|address|email) did i (?:register|sign up|give|use)\b`,
    String.raw`\bwhich (?:name|number|phone(?: number)?|address|door|flat) (?:do|did) (?:you|u) (?:have|keep|hold|use|store)\b`,
    String.raw`\b(?:the )?(?:address|phone(?: number)?|number|name|details|info) (?:that )?(?:you|u) (?:have|keep|hold|saved|stored|got) (?:for|on|about) me\b`,
    String.raw`\bwho (?:can|could|will|gets to) (?:see|read|access|view|know)\b[^.?]{0,10}\bmy (?:phone|number|address|details|info|information|data|name)\b`,
    // 「我的电话号码会不会被其他人看到」: seen by others, asked in the passive.
    String.raw`${MY_INFO_WORDS}[^。!!??]{0,8}?被(?:别人|外人|其他人|人家|谁|大家|群里的?人?)(?:看|看到|看见|知道|拿到)`,
  ].join('|'),
  'i',
);
/**
 * Asking that what is held be erased (「把我的信息全部删掉」, 「我的个人资料可以删除吗」, 「删咗我啲资料」, "please delete my
 * data"): answered with what is held and how to erase it (/forgetme asks for a confirmation of its own).
 * Only a record of mine is erased this way, not a photo on my phone or a line of an order.
 */
const ERASABLE = String.raw`我(?:家)?(?:的|额|嘅|啲|些)?(?:个人|登记|注册|报名|基本|所有|全部)?(?:的|嘅)?(?:信息|资料|数据|个资|档案|记录|电话(?:号码)?|手机号码?|号码|地址|住址|门牌号?|账号|账户|帐号|帐户)`;
const ERASE_VERB = '(?:删除?|删掉|清除|清空|清掉|清理掉?|注销|抹掉|销毁|去掉)';
const ERASE_MINE = new RegExp(
  [
    String.raw`${ERASE_VERB}(?:掉|了|咗)?[^。!!??]{0,4}?${ERASABLE}`,
    String.raw`${ERASABLE}[^。!!??]{0,8}?${ERASE_VERB}`,
    String.raw`\b(?:delete|erase|remove|wipe|clear)\b[^.?!]{0,12}\b(?:my (?:personal )?(?:data|info(?:rmation)?|details|records?|account|address|phone number|number)|(?:data|info(?:rmation)?|details|records?) (?:about|on|of) me)\b`,
    // 「别再保存我的资料了」, 「不要再存我的电话了」: kept no longer, asked; "stop keeping my details", "forget me", "remove me from your list".
    String.raw`(?:别|不要|不用|无需|不许|不准)(?:再)?(?:保存|存|记|留|保留)(?:着)?${ERASABLE}`,
    String.raw`\b(?:stop|quit) (?:keeping|storing|saving|holding|using) (?:my|our)\b`,
    String.raw`(?<!(?:don'?t|do not|never|not|won'?t) )\bforget (?:about )?me\b`,
    String.raw`\b(?:remove|delete|take|drop) me (?:off|from|out of) (?:your|the) (?:list|system|records?|database)\b`,
  ].join('|'),
  'i',
);

/** An order, a chain or a package: its own record, not mine. */
const NOT_MY_RECORD = /团购|接龙|套餐|订单|快递|\b(?:order|group[- ]?buy)\b/i;
/**
 * 「我奶奶的药你们有记录吗」, 「我的药登记上了吗」: one's own or a household member's medicine asked whether it is on record (not
 * whether it must be registered: 「要登记吗」 asks how).
 */
const MEDICINE_ON_RECORD = new RegExp(
  String.raw`我(?:家)?(?:的)?(?:${RELATIVE})?(?:的)?(?:药|配药)[^。!！？?]{0,8}?(?:有(?:没有)?(?:记录|登记)|记录(?:了)?|登记(?:上|进去|好)(?:了)?|记(?:上|下|进去)(?:了)?)(?:吗|么|没有|没|伐|[？?])`,
);
/**
 * What is held, asked in the words the frames above miss: kept by the holder, a relative named, in Cantonese read plain (「你存咗我阿媽嘅電話未」: 你存了我阿妈的电话未), what I told it
 * still remembered (「我之前跟你说过的门牌号你还记得吗」), one detail still the old one (「你那边我的电话是不是还是老的那个」), how many
 * of us it counts (「你们记的我家有几口人」), and in English the holder's keeping with "still" or a relative ("do you still have my
 * address", "what have you recorded about my mum", "what you remember about me").
 */
const HELD_ASKED = new RegExp(
  [
    String.raw`${HOLDER}[^。!！？?]{0,4}?(?:存|记|登记|保存)(?:了|低|落|下)(?:我|我们)(?:家)?(?:的)?(?:阿?[妈爸嫲爷]|${RELATIVE})?(?:的)?(?:电话|手机|地址|门牌|资料|号码)[^。!！]{0,4}?(?:未|没有|没|吗|么|呀|[?？])`,
    String.raw`我(?:之前|以前|上次|当时|当初)?(?:跟|和|同|对|给)你(?:们)?(?:说|讲|报|留)(?:过|了)?的(?:门牌号?|地址|住址|电话(?:号码)?|手机号?|名字|信息|资料)[^。!！]{0,6}?(?:还)?(?:记得|记着|存着|留着|有)(?:吗|么|伐|没有|[?？])`,
    String.raw`${HOLDER}[^。!！？?]{0,4}?${MY_INFO}[^。!！]{0,2}?(?:是不是|是否|还是不是)(?:还是)?(?:老|以前|原来|之前|旧)的`,
    String.raw`${HOLDER}[^。!！？?]{0,4}?(?:记|存|登记)(?:的|着的)我(?:家|们家)?(?:有|是)?几(?:口|个)人`,
    // 「侬记牢阿拉屋里是几号伐」 (你记牢我家里是几号吗): which of my home the holder keeps, asked; 「你们收集了我们老人家的哪些个人信息」;
    // 「你们记录的我的药是哪几种」.
    String.raw`${HOLDER}[^。!！？?]{0,2}?(?:记|存)(?:牢|住|得|着)?(?:了)?我(?:家|家里|们家)?(?:是|住)(?:几|哪)(?:号|栋|幢|楼|一栋)`,
    String.raw`${HOLDER}[^。!！？?]{0,4}?(?:收集|存|记录|保存|登记)(?:了)?(?:我们|我)(?:老人家|老人|家)?(?:的)?(?:哪些|什么|多少)(?:个人)?(?:信息|资料|数据)`,
    String.raw`${HOLDER}[^。!！？?]{0,4}?(?:记录|记|存|登记|保存)(?:的|着的)我(?:家)?(?:的)?(?:${RELATIVE}(?:的)?)?(?:药|门牌号?|地址|电话|信息|资料)(?:是|有)(?:哪|什么|几|多少)`,
    String.raw`\b(?:is|are) ${RELATIVE_EN}(?:['’]s|['’]) (?:phone(?: number)?|number|address|details|info|name|medicines?|meds)\b[^.?]{0,12}\b(?:saved|stored|recorded|kept|registered|on (?:file|record))`,
    String.raw`\b(?:do|did|does) (?:you|linli|the bot) still (?:keep|have|hold|store|know)\b[^.?]{0,12}\bmy (?:address|phone|number|details|info|information|data|name|records?|flat|door)\b`,
    String.raw`\bwhat (?:have|did) (?:you|linli|the bot) (?:recorded|kept|stored|saved|written down|record|keep|store|save|write down) (?:on|about|for) (?:me\b|us\b|${RELATIVE_EN})`,
    String.raw`\bwhat (?:you|linli|the bot) (?:remember|recall|recorded|wrote down) (?:about|of) (?:me\b|us\b|${RELATIVE_EN})`,
  ].join('|'),
  'i',
);
/** Thanks for what was remembered (「谢谢你们记得我妈的生日」) asks nothing (「唔該刪咗我啲資料」, read 谢谢删了…, still asks). */
const THANKS_ONLY = /^(?:谢谢|感谢|多谢)(?:你们|你|邻里)?(?:还|一直)?(?:记得|记着|记住)(?![^。!！]*(?:吗|么|伐|[?？]))|^thanks?(?: you)? for remembering\b(?![^.!]*\?)/i;
const onRecord = (text: string): string | undefined => (NOT_MY_RECORD.test(text) ? undefined : ON_RECORD.exec(text)?.[0]);

/** My details, where I live, or what I registered, named anywhere in a short message. */
const MINE = new RegExp(String.raw`${MY_INFO}|我(?:的)?${RELATIVE}(?:的)?(?:报|登记|填|留|配)(?:的|过的)(?:是)?(?:什么|哪些|哪个|啥|哪几)|我(?:们|哋)?(?:家里?|屋头)?(?:是)?住(?:在)?(?:哪|什么地方|啥地方|几号楼|几号|几栋|几幢|几座|边座|边栋|几零几|几楼|几室)|我叫(?:什么|啥)(?:名字)?|我是谁|我(?:报|登记|填|留)(?:了|过)(?:的)?(?:名|药|东西|信息|资料)?|(?:上次|之前|以前|原来|上个?月|上周|上礼拜|前几天|前天|昨天|那天|我)(?:报|登记|填|留|配)(?:的|过的)(?:是)?(?:那些|这些|那个|这个|哪个|哪|什么|多少)?(?:号)?(?:门牌号?|地址|住址|电话|手机号?|信息|资料|[\u4e00-\u9fff]{0,4}?药名?)|我家?的?是(?:哪个|哪一?|几)(?:号)?(?:门牌号?|号楼|楼|室|房间|地址|单元|零几)|(?:我|上次|之前|当时|当初)(?:当时|当初|上次|之前|一开始|最早)?(?:报|登记|填|留)(?:的|过的)(?:是|系)?(?:哪|几|边)(?:一)?(?:号)?(?:栋|座|幢|号楼|楼|单元|室|间|户|个门牌|个地址)`);
const KEEPS = /存|记|保存|登记|留|收集|记录|有|知道|处理|用|写|要|查|看到|看得到|看见|(?:搞|弄|填|输)(?:错|对)|手上|手里|手头|拿到|得到|弄到|搞到|获取|获得/;
// 「全不全」, 「齐不齐」: a question by A-not-A.
const ASKED = /吗|么|没有|没得|未[??]?$|了没|没[^。!!??]{0,2}错吧|哪|什么|多少|几|怎么|对不对|是不是|没错吧|对的吧|点处理|干嘛|为什么|为啥|[??]|([\u4e00-\u9fff])不\1/;
// 「会不会把我的住址告诉快递」: any third party, a courier or a salesman as much as 别人.
const LEAKS = /外流|泄露|泄漏|外泄|公开|卖给|卖掉|被别人看|(?:给|交给|告诉|发给)(?:了)?(?:别人|外人|其他人|第三方|居委|物业|政府|警察|谁|快递|外卖|商家|公司|骗子|陌生人|推销|中介|广告)/;
/** English: "do you keep a record of my address", "is my phone number stored", "what do u have on me". */
const ASKED_EN = new RegExp(
  [
    String.raw`\b(?:do|did|does|will) (?:you|u|linli|the bot) (?:keep|have|hold|store|save|record|share|remember|know)\b[^.?]{0,20}\bmy (?:address|phone|number|details|info|information|data|name|records?|flat|door|room|apartment)\b`,
    String.raw`\bmy (?:phone(?: number)?|number|address|info|information|data|details|name)\b[^.?]{0,15}\b(?:stored|saved|kept|recorded|shared|safe|private|leaked|used)\b`,
    String.raw`\bwhat (?:do|did) (?:you|u) (?:have|keep|know|store|hold) (?:on|about) (?:me\b|us\b|${RELATIVE_EN}|(?:my|our) (?:family|household|flat|home)\b)`,
    // "what's on record for our flat?": what is kept for us, asked.
    String.raw`\bwhat(?:'?s| is)\b[^.?]{0,12}\b(?:on (?:record|file)|stored|saved|kept) (?:for|about|on|under) (?:me\b|us\b|(?:my|our) \w+)`,
    String.raw`\b(?:you|u) (?:have|keep|store|save|hold|record|know|got|saved|stored|recorded|kept)\b[^.?]{0,8}\bmy (?:info|information|data|details|address|phone|number|name|records?)\b`,
    // "do you know where I live", "where do you think I live?": where the bot has me, asked.
    String.raw`\b(?:do|does|did) (?:you|u|linli|the bot) (?:know|have|remember) where (?:i|we|my (?:mum|mom|dad|mother|father|parents?)) (?:live|lives|stay|stays)\b`,
    String.raw`\bwhere (?:do|does) (?:you|u|linli|the bot) (?:think|reckon|have it that|have me) (?:i|we)?\s*(?:live|stay|living)\b`,
    String.raw`\bwhat (?:you|u) (?:know|have|keep|store) (?:about |on |of |for )?me\b`,
    String.raw`\bwhat (?:name|address|number|phone(?: number)?|door|details|info|data) (?:(?:do|did) )?(?:you|u) (?:have|keep|hold|store|use|got) (?:for|on|about) (?:me\b|${RELATIVE_EN})`,
    String.raw`\bmy (?:address|phone(?: number)?|number|door|info|information|details|data)\b[^.?]{0,15}\b(?:in your (?:system|records?|list|database)|on (?:file|record))`,
    // "which building did I register under?": which of one's own record, asked.
    String.raw`\b(?:which|what) (?:building|block|flat|door|room|unit|address|number|floor)\b[^.?]{0,8}\b(?:did|have) i (?:register|sign up|put down|give|enter)`,
    String.raw`\bwhat(?:'?s| is) my (?:registered |saved |recorded |current |home )?(?:address|phone(?: number)?|number|door|flat number|info|information|details)\b`,
    String.raw`\b(?:you|u)(?:'ve| have)? (?:saved|stored|collected|kept|recorded|got) (?:about|on|under|for) (?:me|my name|my account)\b`,
    // "what's stored under my name", "anything recorded about me?": the record named by the passive.
    String.raw`\b(?:stored|saved|kept|recorded|held|registered|collected|on file)\b[^.?]{0,12}\b(?:under|about|abt|on|for|of) (?:me|my name|my account|my (?:household|family|home|flat))\b`,
  ].join('|'),
  'i',
);

/**
 * A short message, in a private chat or said to the bot, that names my details together with
 * who holds them, a verb of keeping and a question (「你们怎么知道我住哪的」, 「阿拉屋里地址侬记得对伐」,
 * 「你們有冇記低我個電話」, 「我的门牌你记对了吗」), or asks whether they leak (「我的資料會外流嗎」).
 */
function asksWhatIsHeld(text: string): string | undefined {
  const en = text.length <= 120 ? ASKED_EN.exec(text) : null;
  if (en) return en[0];
  if (text.length > 40) return undefined;
  const mine = MINE.exec(text);
  if (!mine) return undefined;
  const rest = text.slice(0, mine.index) + ' ' + text.slice(mine.index + mine[0].length);
  // 「你们这边我叫什么名字」: my detail asked as a question needs only the holder.
  // 「你们记的我家是几单元」: which number, asked by 几 or 多少, as much as by 哪.
  if (/哪|什么|啥|几|多少|边(?:座|栋)/.test(mine[0]) && /你|邻里|机器人|系统/.test(rest)) return mine[0];
  // 「我登记的是哪个门牌来着」: which record is mine, asked, needs no holder.
  if (/(?:报|登记|填|留)(?:的|过的)/.test(mine[0]) && /哪|什么|多少|几|边/.test(mine[0])) return mine[0];
  // 「我上次报的地址是几号楼来着」: the record named, then which it is asked.
  if (/(?:报|登记|填|留)(?:的|过的)/.test(mine[0]) && /^\s*(?:是)?(?:几|哪|什么|多少|啥)/.test(text.slice(mine.index + mine[0].length))) return mine[0];
  if (!ASKED.test(rest)) return undefined;
  // 「记得我住哪吗」: a verb of remembering needs no holder.
  if (/记得|记着|记住|知道/.test(rest)) return mine[0];
  // A record named as one (上次登记的门牌) needs no holder: checking it is asking what is held.
  if (/(?:报|登记|填|留)(?:的|过的)/.test(mine[0]) && /对不对|对吗|没错|对的吧|是不是/.test(rest)) return mine[0];
  if ((/你|邻里|机器人|系统/.test(rest) && KEEPS.test(rest)) || LEAKS.test(rest)) return mine[0];
  return undefined;
}

/** Asking that something be written down: 「登记一下」, 「帮我记下」, 「记低」, "please note". */
const TO_RECORD = /登记一下|(?:帮我|麻烦(?:你)?|请(?:你)?)?记(?:一下|下来?|低|好)(?!了)|\b(?:please )?(?:note|save|record|register) (?:it|this|my)\b/i;

/**
 * Everything held of me or my household asked to be told, in English ("tell me exactly what information you have stored about me", "list what
 * data you hold on me", "what information have you kept about me and my flat?", "what you have on record for us").
 */
const WHOLE_RECORD_ASKED =
  /\b(?:tell|show|list|send|give)\b[^.?!]{0,20}?\b(?:everything|all (?:the )?(?:info(?:rmation)?|data|details|records?)|(?:exactly )?what(?: (?:info(?:rmation)?|data|details|records?))?) (?:that )?(?:you|u)(?:'ve)? (?:have|hold|keep|kept|store|stored|saved|got)\b[^.?!]{0,20}?\b(?:about|on|for|of) (?:me|us|my|our)\b|\bwhat (?:info(?:rmation)?|data|details|records?) (?:do|have|did) (?:you|u) (?:have|hold|keep|kept|store|stored|saved|got)\b[^.?!]{0,10}?\b(?:about|on|for|of) (?:me|us|my|our)\b/i;

/** The menu's own words, the whole message. */
const MENU_WORD = /^(?:查看|看看|查询)?我的(?:个人)?(?:信息|资料|数据)\s*(?:查询|查看|看看|查一下|看一下)?[??!!。]*$/;

/** The bot named in a group message that does not @ it. */
const BOT_NAMED = /邻里|机器人|linli|\bbot\b/i;

const list = (ctx: Ctx, items: string[]) => items.join(ctx.lang === 'en' ? ', ' : '、');

export const mydataCommand = defineCommand({
  name: 'mydata',
  menu: { for: ['private'], about: 'mydata.menu', rank: 5 },
  aliases: ['我的信息', '我的资料', '我的数据', 'mydata', 'my_data'],
  // "我的信息", "你存了我什么信息", "@邻里 你知道我住哪吗", "What data do you have on me?"
  recognise: (text, s) => {
    if (text.length > 300) return undefined;
    // "what info do u store abt me": texting shorthand read as the words.
    text = plainFormal(ownWords(text)).replace(DECORATION, ' ').replace(/\bu\b/gi, 'you').replace(/\babt\b/gi, 'about').replace(/\b(?:wat|wut)\b/gi, 'what').replace(/\bkno\b/gi, 'know').replace(/\bur\b/gi, 'your').trim();
    // What the bot holds is asked of the bot: in a group only when it is addressed or named
    // (「你们存了我的电话吧 有事打给我」 is said to neighbours).
    // The menu word alone (「我的信息」) is the bot's in a group too: it answers privately.
    if (s.isGroup && !s.addressed && !BOT_NAMED.test(text) && !MENU_WORD.test(text)) return undefined;
    // 「…我家门牌登记一下」 with the door: a home given to be recorded, not a question about what is held.
    if (TO_RECORD.test(text) && findDoor(text)) return undefined;
    // "tell me exactly what information you have stored about me and my household": the whole record asked, surely what is held,
    // whatever requests are named as part of it.
    const whole = WHOLE_RECORD_ASKED.exec(text)?.[0];
    if (whole) return { intent: 'mydata', confidence: 0.97, evidence: [whole] };
    if (THANKS_ONLY.test(text)) return undefined;
    const m = MYDATA.exec(text)?.[0] ?? MYDATA_ASKED.exec(text)?.[0] ?? HELD_ASKED.exec(text)?.[0] ?? MY_RECORD_ASKED.exec(text)?.[0] ?? onRecord(text) ?? asksWhatIsHeld(text) ?? parentsDetails(text) ?? MEDICINE_ON_RECORD.exec(text)?.[0] ?? (NOT_MY_RECORD.test(text) ? undefined : ERASE_MINE.exec(text)?.[0]);
    return m ? { intent: 'mydata', confidence: 0.9, evidence: [m] } : undefined;
  },
  choice: 'trust.mydataChoice',
  help: 'trust.mydataHelp',
  usage: 'trust.mydataUsage',
  parse: () => ({}),
  args: z.object({}),
  handle(ctx) {
    const m = ctx.member;
    const home = homeOf(m);
    const grants = allRolesOf(ctx.db, m.id);
    const roles = [roleLabel(ctx.lang, 'resident'), ...grants.map((g) => roleLabel(ctx.lang, g.role as Role, g.scope))];
    if (ctx.isAdmin(m)) roles.push(roleLabel(ctx.lang, 'secretary'));
    const communities = communitiesOf(ctx.db, m.id).map((c) => c.name);
    const lines = [
      ctx.text('trust.mydataTitle'),
      ctx.text('trust.mydataName', { name: m.display_name }),
      home ? ctx.text('trust.mydataHome', { door: ctx.lang === 'en' ? doorKey(home) : doorLabel(home, ctx.lang) }) : ctx.text('trust.mydataNoHome'),
      m.phone ? ctx.text('trust.mydataPhone', { phone: maskPhone(m.phone) }) : ctx.text('trust.mydataNoPhone'),
      ctx.text('trust.mydataRoles', { roles: list(ctx, [...new Set(roles)]) }),
      ctx.text('trust.mydataCommunities', { communities: communities.length > 0 ? list(ctx, communities) : ctx.text('trust.mydataNone') }),
      ...ctx.registry.personalData.flatMap((p) => p.describe(ctx.db, m, ctx.lang)),
      ctx.text('trust.mydataFooter'),
    ];
    ctx.answerPrivately(lines.join('\n'), { saidInGroup: 'trust.sentPrivately' });
  },
});

const CONFIRM = /^(?:确认删除|确认|确定|确定删除|删除|是|是的|对|好|confirm|yes|y)$/i;

export const forgetmeCommand = defineCommand({
  name: 'forgetme',
  aliases: ['删除我的信息', '删除我的资料', '忘记我', '注销', 'forgetme', 'forget_me'],
  help: 'trust.forgetHelp',
  usage: 'trust.forgetUsage',
  parse: () => ({}),
  args: z.object({}),
  // Asked in a group, the question and the result are the person's own business: they go privately
  // (the answer is still taken where it was asked).
  handle(ctx) {
    if (ctx.answerPrivately(ctx.text('trust.forgetAsk'), { saidInGroup: 'core.askedPrivately' })) {
      saveConversation(ctx.db, ctx.member.id, ctx.here, 'trust.forget', {}, ctx.now());
    }
  },
  onConversation: {
    'trust.forget'(ctx, _state, text) {
      if (!CONFIRM.test(text.trim())) {
        endConversation(ctx.db, ctx.member.id, ctx.here);
        ctx.answerPrivately(ctx.text('trust.forgetKept'), { saidInGroup: 'trust.sentPrivately' });
        return;
      }
      const count = forgetMember(ctx.db, ctx.member, ctx.registry.personalData, ctx.now());
      ctx.record('member.forget', 'member', ctx.member.id, `records:${count}`);
      ctx.answerPrivately(ctx.text('trust.forgetDone', { count }), { saidInGroup: 'trust.sentPrivately' });
    },
  },
});

const AuditArgs = z.union([
  z.object({ about: z.literal('member') }),
  z.object({ about: z.literal('record'), kind: z.string().max(40).optional(), id: z.string().min(1).max(40), asked: z.string().max(100) }),
]);

/** Whose trail: the person @-mentioned (by platform id) or replied to; never looked up by display name. */
function auditedMember(ctx: Ctx): Member | undefined {
  const mention = ctx.msg.mentions?.[0];
  if (mention) return memberByPlatformId(ctx.db, ctx.msg.platform, mention.userId);
  if (ctx.msg.replyToMessageId) return senderOfMessage(ctx.db, ctx.msg.platform, ctx.msg.chatId, ctx.msg.replyToMessageId);
  return undefined;
}

function auditLine(ctx: Ctx, row: AuditRow): string {
  return `${localDateTime(row.at, ctx.config.timeZone, ctx.lang)} ${auditLineWords(ctx.db, ctx.lang, row)}`;
}

export const auditCommand = defineCommand({
  name: 'audit',
  menu: { for: ['admin'], about: 'audit.menu', rank: 25 },
  aliases: ['记录', '操作记录', '审计', 'audit'],
  roles: ['secretary'],
  needsCommunity: true,
  help: 'trust.auditHelp',
  usage: 'trust.auditUsage',
  parse(raw) {
    const text = raw.replace(/@\S+/g, ' ').trim();
    if (text === '') return { about: 'member' };
    const m = /^([a-z][\w.]*|\p{Script=Han}+)?\s*#?\s*(\d+)$/iu.exec(text);
    const kind = m?.[1] === undefined ? undefined : auditKindOf(m[1]);
    if (!m || (m[1] !== undefined && kind === undefined)) throw new UserError('trust.auditUsage');
    return { about: 'record', kind, id: m[2], asked: `${m[1] ?? ''}#${m[2]}` };
  },
  args: AuditArgs,
  handle(ctx, args) {
    const community = ctx.community;
    let rows: AuditRow[];
    let subject: string;
    if (args.about === 'member') {
      if (!ctx.msg.mentions?.length && !ctx.msg.replyToMessageId) throw new UserError('trust.auditUsage');
      const who = auditedMember(ctx);
      subject = who ? `${who.display_name}(#${who.id})` : `@${ctx.msg.mentions?.[0]?.name ?? ''}`;
      rows = who ? auditOfMember(ctx.db, community.id, who.id) : [];
      ctx.record('audit.read', 'member', who?.id);
    } else {
      subject = args.asked;
      rows = auditOfRecord(ctx.db, community.id, args.id, args.kind);
      ctx.record('audit.read', args.kind ?? 'record', args.id);
    }
    if (rows.length === 0) {
      ctx.answerPrivately(ctx.text('trust.auditEmpty', { subject }), { saidInGroup: 'trust.sentPrivately' });
      return;
    }
    replyList(ctx, {
      head: [ctx.text('trust.auditTitle', { subject, count: rows.length })],
      lines: rows.map((r) => auditLine(ctx, r)),
      file: { name: ctx.text('trust.auditFile', { subject }) },
      privately: 'trust.sentPrivately',
    });
  },
});

export const residentsCommand = defineCommand({
  name: 'residents',
  aliases: ['住户', '本楼住户', '住户名单', 'residents'],
  roles: ['building_lead'],
  needsCommunity: true,
  help: 'trust.residentsHelp',
  usage: 'trust.residentsUsage',
  parse(raw) {
    const building = parseBuilding(raw.trim().replace(/^(?:building|bldg)\s*/i, ''));
    if (!building) throw new UserError('trust.residentsUsage');
    return { building };
  },
  args: z.object({ building: z.string().min(1) }),
  // A building lead sees the residents of their own buildings only.
  scope: ({ building }) => ({ building }),
  handle(ctx, { building }) {
    const people = residentsOfBuilding(ctx.db, ctx.community.id, building);
    ctx.record('members.list', 'building', building, `count:${people.length}`);
    if (people.length === 0) {
      ctx.answerPrivately(ctx.text('trust.residentsNone', { building }), { saidInGroup: 'trust.sentPrivately' });
      return;
    }
    const lines = people.map((p) => {
      const home = homeOf(p);
      return [home ? doorLabel(home) : '', p.display_name, p.phone ? maskPhone(p.phone) : ''].filter(Boolean).join(' ');
    });
    replyList(ctx, {
      head: [ctx.text('trust.residentsTitle', { building, count: people.length })],
      lines,
      file: { name: ctx.text('trust.residentsFile', { building }) },
      privately: 'trust.sentPrivately',
    });
  },
});

const readDays = (text: string, usage: MessageKey, max: number): number => {
  const n = parseNumber(text.replace(/(?:天|日|days?)$/i, '').trim());
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > max) throw new UserError(usage);
  return n;
};

export const retentionCommand = defineCommand({
  name: 'retention',
  aliases: ['保留', '保留期限', '数据保留', 'retention'],
  roles: ['secretary'],
  needsCommunity: true,
  help: 'trust.retentionHelp',
  usage: 'trust.retentionUsage',
  parse: (raw) => ({ days: raw.trim() === '' ? undefined : readDays(raw, 'trust.retentionUsage', 365) }),
  args: z.object({ days: z.number().int().min(1).max(365).optional() }),
  handle(ctx, { days }) {
    const community = ctx.community;
    if (days === undefined) {
      const current = retentionOf(ctx.db, community.id)?.days_after_close;
      if (current == null) ctx.reply('trust.retentionNone');
      else ctx.reply('trust.retentionCurrent', { days: current });
      return;
    }
    setRetentionDays(ctx.db, community.id, days, ctx.member.id, ctx.now());
    ensureRetentionJob(ctx.db, ctx.now(), ctx.config.timeZone);
    ctx.record('retention.set', 'community', community.id, `days:${days}`);
    ctx.reply('trust.retentionSet', { days });
  },
});

/** Durable jobs of this part, run when they fall due. */
export const retentionJobs: Jobs = {
  [RETENTION_JOB](jctx) {
    runRetention(jctx.db, jctx.registry.personalData, jctx.now(), jctx.log);
    // The next night's run has its own key, so this job's row is left alone.
    ensureRetentionJob(jctx.db, jctx.now() + 60_000, jctx.config.timeZone);
  },
};

const END = /^(?:结束|已结束|解封|解除|end|ended|over)$/i;
const RESUME = /^(?:继续|撤回|恢复|resume|cancel|undo)$/i;

export const lockdownCommand = defineCommand({
  name: 'lockdown',
  aliases: ['封控', '封控结束', 'lockdown'],
  roles: ['secretary'],
  needsCommunity: true,
  help: 'trust.lockdownHelp',
  usage: 'trust.lockdownUsage',
  parse(raw) {
    const [word = '', days = ''] = raw.trim().split(/\s+/);
    if (END.test(word)) return { action: 'end', grace: days ? readDays(days, 'trust.lockdownUsage', 90) : DEFAULT_GRACE_DAYS };
    if (RESUME.test(word)) return { action: 'resume' };
    throw new UserError('trust.lockdownUsage');
  },
  args: z.union([
    z.object({ action: z.literal('end'), grace: z.number().int().min(1).max(90) }),
    z.object({ action: z.literal('resume') }),
  ]),
  handle(ctx, args) {
    const community = ctx.community;
    if (retentionOf(ctx.db, community.id)?.erased_at != null) throw new UserError('trust.lockdownAlreadyErased');
    if (args.action === 'resume') {
      if (!resumeLockdown(ctx.db, community.id, ctx.member.id, ctx.now())) throw new UserError('trust.lockdownNotEnded');
      ctx.record('lockdown.resume', 'community', community.id);
      ctx.reply('trust.lockdownResumed');
      return;
    }
    endLockdown(ctx.db, community.id, args.grace, ctx.member.id, ctx.now());
    ensureRetentionJob(ctx.db, ctx.now(), ctx.config.timeZone);
    ctx.record('lockdown.end', 'community', community.id, `grace:${args.grace}`);
    const due = erasureDue(retentionOf(ctx.db, community.id)!)!;
    ctx.reply('trust.lockdownEnded', { date: localDateTime(due, ctx.config.timeZone, ctx.lang) });
  },
});
