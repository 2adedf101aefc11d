import { defineMessages, type KeysOf } from '../../src/kernel/catalogue.js';

/** Messages about WeCom (企业微信) group robots: adding, listing and removing them. */
export const wecomMessages = defineMessages({
  'wecom.help': {
    'zh-CN': '/企业微信群 [添加 名称 地址|删除 名称] 用企业微信群机器人往群里发通报、紧急通知(书记,地址请私聊发)',
    en: '/wecom [add <name> <address>|remove <name>]  WeCom group robots that receive the bulletin and urgent notices (secretary; send addresses privately)',
  },
  'wecom.usage': {
    'zh-CN': '用法:私聊我发「/企业微信群 添加 业主群 机器人地址」添加;「/企业微信群」看列表;「/企业微信群 删除 业主群」删除。',
    en: 'Usage: send me privately "/wecom add <name> <robot address>" to add one; "/wecom" to list them; "/wecom remove <name>" to remove one.',
  },
  'wecom.inGroup': {
    'zh-CN':
      '⚠️ 请不要把机器人地址发在群里:有了这个地址,谁都能往那个企业微信群里发消息。这个地址我没有保存。请您:1. 长按刚才那条消息撤回;2. 在企业微信里删掉这个机器人,重新添加一个(地址会变);3. 私聊我发「/企业微信群 添加 名称 新地址」。',
    en: '⚠️ Please do not post a robot address in a group: anyone who has it can post into that WeCom group. I did not keep it. Please 1. recall your message (long-press it); 2. in WeCom, delete that robot and add a new one (its address changes); 3. send me privately "/wecom add <name> <new address>".',
  },
  'wecom.badUrl': {
    'zh-CN': '这不是企业微信群机器人的地址。地址是这样的:https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=一串字母数字。在企业微信群里点右上角「…」→「消息推送」(旧版叫「群机器人」)→ 点机器人 →「复制地址」。',
    en: 'That is not a WeCom group robot address. It looks like https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<letters and digits>. In the WeCom group tap 「…」 at the top right → 「消息推送」 (older versions: 「群机器人」) → the robot → 「复制地址」.',
  },
  'wecom.askName': {
    'zh-CN': '收到机器人地址。这个企业微信群叫什么?请回复一个简短的名字,例如「业主群」。',
    en: 'Got the robot address. What is this WeCom group called? Reply with a short name, e.g. "residents".',
    'zh-TW': '收到機器人地址。這個企業微信群叫什麼?請回覆一個簡短的名字,例如「業主群」。',
  },
  'wecom.badName': {
    'zh-CN': '名字请写 1 到 20 个字,不要带地址,例如「业主群」。',
    en: 'Please give a name of 1 to 20 characters, without the address, e.g. "residents".',
  },
  'wecom.added': {
    'zh-CN': '✅ 已添加企业微信群「{name}」(地址 {masked})。以后每日通报、紧急通知、紧急求助和送达通知都会发到那里。我先往群里发一条消息试试;如果地址不能用,我会告诉您。',
    en: '✅ Added the WeCom group "{name}" (address {masked}). The daily bulletin, urgent notices, emergencies and delivery notices now go there too. I am posting a first message there to try it; if the address does not work, I will tell you.',
  },
  'wecom.replaced': {
    'zh-CN': '✅ 企业微信群「{name}」换成了新的地址({masked}),旧地址不再使用。我先往群里发一条消息试试。',
    en: '✅ The WeCom group "{name}" has a new address ({masked}); the old one is no longer used. I am posting a first message there to try it.',
  },
  'wecom.hello': {
    'zh-CN': '邻里助手已接入本群:每日通报、紧急通知、紧急求助和团购送达通知会发到这里。这个群里说的话我看不到,有事请私聊邻里助手或联系居委。',
    en: 'linli is connected to this group: the daily bulletin, urgent notices, emergencies and delivery notices will be posted here. I cannot read this group: for anything else, write to linli privately or contact the committee.',
  },
  'wecom.list': {
    'zh-CN': '企业微信群(机器人只往群里发消息,收不到群里的话):\n{lines}\n添加:私聊我发「/企业微信群 添加 名称 机器人地址」;删除:「/企业微信群 删除 名称」。',
    en: 'WeCom groups (the robot only posts into the group; it cannot read it):\n{lines}\nAdd: send me privately "/wecom add <name> <robot address>"; remove: "/wecom remove <name>".',
  },
  'wecom.listedPrivately': { 'zh-CN': '企业微信群的列表已私信发给您。', en: 'I have sent you the list of WeCom groups privately.' },
  'wecom.listLine': { 'zh-CN': '{n}. {name} {masked}{state}', en: '{n}. {name} {masked}{state}' },
  'wecom.stateGone': { 'zh-CN': ' ⚠️ 已失效,请重新添加', en: ' ⚠️ no longer works: please add it again' },
  'wecom.none': {
    'zh-CN':
      '还没有企业微信群。企业微信群机器人是往有微信用户的群里发通知最稳妥的办法。在企业微信群里点右上角「…」→「消息推送」(旧版叫「群机器人」)→ 添加 → 复制地址,然后私聊我发「/企业微信群 添加 名称 地址」。',
    en: 'No WeCom groups yet. A WeCom group robot is the safest way to post notices into a group. In the WeCom group tap 「…」 at the top right → 「消息推送」 (older versions: 「群机器人」) → add → copy the address, then send me privately "/wecom add <name> <address>".',
  },
  'wecom.notFound': {
    'zh-CN': '没有叫「{name}」的企业微信群。现在有:{names}',
    en: 'There is no WeCom group called "{name}". There are: {names}',
  },
  'wecom.removed': {
    'zh-CN': '已删除企业微信群「{name}」,不会再往那里发消息。也请在企业微信里把这个机器人删掉,它的地址就作废了。',
    en: 'Removed the WeCom group "{name}": nothing more goes there. Please also delete the robot in WeCom, so its address stops working.',
  },
  'wecom.noCommunity': {
    'zh-CN': '请先在小区的微信群或电报群里发 /bind 小区名 绑定小区,再添加企业微信群。',
    en: 'Please bind your community first (/bind <name> in its group), then add the WeCom group.',
  },
});

declare module '../../src/kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof wecomMessages> {}
}
