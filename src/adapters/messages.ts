import { defineMessages, type KeysOf } from '../kernel/catalogue.js';

/** What the platform adapters tell the secretaries about the platforms themselves. */
export const platformMessages = defineMessages({
  'telegram.privacyOn': {
    'zh-CN':
      '提醒:机器人 @{bot} 开着 Telegram 隐私模式,在群里只能看到命令和回复它的消息,看不到接龙和关键词。请在 BotFather 发 /setprivacy 选择 Disable,或者把机器人设为群管理员。',
    en: 'Note: the bot @{bot} has Telegram privacy mode on, so in groups it sees only commands and replies to it, not chains or keywords. Send /setprivacy to BotFather and choose Disable, or make the bot a group admin.',
  },

  'wechat.loggedOut': {
    'zh-CN': '⚠️ 邻里的微信号已掉线({reason})。请尽快在运行邻里的电脑上扫码重新登录;掉线期间微信群里的消息收不到,要发的消息会在登录后补发。',
    en: '⚠️ linli\'s WeChat account is logged out ({reason}). Please scan the QR code on the linli machine to log in again; WeChat messages wait until then.',
  },
  'wechat.loggedInAgain': {
    'zh-CN': '✅ 邻里的微信号已重新登录。如果群里发命令时提示「还没有绑定小区」,请书记在那个群里发一次 /换绑群;不被认出的居民可以发「/换绑 验证码」,或请书记用 /认人 确认。',
    en: '✅ linli\'s WeChat account is logged in again. If a group says it is not bound, a secretary sends /rebindgroup there once; residents who are not recognised send "/rebind <code>", or a secretary confirms them with /confirmmember.',
  },

  'wecom.robotGone': {
    'zh-CN':
      '⚠️ 企业微信群「{chat}」的机器人不能用了({reason}),{count} 条消息没有发出。可能是机器人被移出了群,或者它的地址被删除、重置。请在企业微信里给这个群重新添加机器人(群聊右上角「…」→「消息推送」或「群机器人」),然后私聊我发:/企业微信群 添加 {chat} 新的地址',
    en: '⚠️ The robot of the WeCom group "{chat}" no longer works ({reason}); {count} message(s) were not sent. It was probably removed from the group, or its address was deleted or reset. Add a robot to that group again in WeCom (「…」 at the top right → 「消息推送」 or 「群机器人」), then send me privately: /wecom add {chat} <new address>',
  },
  'wecom.keyLost': {
    'zh-CN':
      '⚠️ 企业微信群「{chat}」的机器人地址读不出来了:保存地址用的密钥换了或丢了(secret.key 文件或 LINLI_SECRET_KEY),{count} 条消息没有发出。请私聊我重新发一次:/企业微信群 添加 {chat} 机器人地址',
    en: '⚠️ The robot address of the WeCom group "{chat}" cannot be read: the key it was stored with changed or was lost (the secret.key file or LINLI_SECRET_KEY); {count} message(s) were not sent. Please send it to me privately again: /wecom add {chat} <robot address>',
  },
});

declare module '../kernel/catalogue.js' {
  interface MessageKeys extends KeysOf<typeof platformMessages> {}
}
