import { afterEach, describe, expect, it } from 'vitest';
import type { TestChat } from '../helpers/chat.js';
import { communityWithVolunteers } from '../helpers/volunteers.js';

let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const MEDICS = ['private:doc', 'private:nurse1'];

async function community() {
  chat = await communityWithVolunteers(['doc: 5-302 医生 晚上', 'nurse1: 6-101 护士 全天', 'porter: 4-401 配送 下午']);
  await chat.say('grandson: 大家好');
  return chat;
}

const emergencies = () => chat.db.prepare('SELECT COUNT(*) FROM emergencies').pluck().get() as number;
const paged = (out: { chatId: string }[]) => out.filter((o) => MEDICS.includes(o.chatId)).length;

describe('an emergency is never missed', () => {
  it.each(['誰是醫護人員?', '谁是医护人员?', '你好,請快來幫幫我們,我家有人身體不適暈倒啦', '我外公没有呼吸了 怎么办怎么办', 'Baby not breathing!! 6-201 please come',
    // A crying face after a real emergency is no laughter; a call for whoever learnt first aid; a hypo said in broken English.
    '我爸晕倒了 叫不醒 😭', '有没有学过急救的 快', 'help my husband sugar low very sweating and not speak normal',
    // What he was doing when it happened is no drama; a joke thought at first was not one.
    '我爸看新闻的时候突然倒下了 叫不醒', '本来以为是开玩笑 结果他真的倒在地上不动了 快叫120',
    // A manner of speaking beside one's own people in danger is no jest.
    '吓死我了 我爸突然抽搐 口吐白沫 现在还在抽',
    // Round 6: a condition said first and the danger after it; a joke denied; a handwriting slip.
    '如果有人会急救 我妈晕倒了 请快来', "I'm not kidding, my husband collapsed and isn't breathing", '老头子叫不酲了 快来人',
    // Round 7b: Shanghainese 辣 for 在 after a fall; blood on the head after a fall.
    '阿拉姆妈跌辣卫生间里 爬勿起来 快点来人', '外婆滑倒在浴缸里 头上有血 起不来'])(
    '「%s」 pages the medics at once',
    async (text) => {
      await community();
      const out = await chat.say(`grandson: ${text}`);
      expect(out.find((o) => o.isGroup)!.text).toMatch(/🚨 (?:紧急|緊急|EMERGENCY)/);
      expect(paged(out)).toBe(2);
      expect(out.some((o) => o.chatId === 'private:secretary' && o.text.includes('🚨'))).toBe(true);
      expect(emergencies()).toBe(1);
    },
  );
});

describe('a long message', () => {
  const day = '今天早上我六点就起来了 先去菜场买了点青菜 回来碰到三号楼的王阿姨 她说团购的鸡蛋下礼拜才到 中午烧了红烧肉 吃完饭他说要去楼下走走 我说外面太热了 ';

  it('an elderly resident\'s run-on over 400 characters that ends with a collapse now pages', async () => {
    await community();
    const text = `喂喂 邻里啊 我跟你讲 ${day.repeat(6)}去厨房淘米的时候 听到咚的一声 现在我老伴突然倒在厨房地上 叫他不应 快来人啊 8号楼1201`;
    expect(text.length).toBeGreaterThan(400);
    const out = await chat.say(`grandson: ${text}`);
    expect(out.find((o) => o.isGroup)!.text).toContain('🚨 紧急:8号楼1201');
    expect(paged(out)).toBe(2);
  });

  it('a run-on over 400 characters that tells the danger first and chatter after still pages, with its door', async () => {
    await community();
    const text = `急!!!我爸刚才在家里突然抽搐 口吐白沫 现在叫不醒 12号楼503 门开着 我在公司赶回来要一个小时 ${day.repeat(6)}麻烦团长先帮我把菜放着 谢谢大家`;
    expect(text.length).toBeGreaterThan(400);
    const out = await chat.say(`grandson: ${text}`);
    expect(out.find((o) => o.isGroup)!.text).toContain('🚨 紧急:12号楼503');
    expect(paged(out)).toBe(2);
  });

  it('a long article on heatstroke that ends with what to do pages nobody', async () => {
    await community();
    const advice = '夏季高温 老年人如何预防中暑 尽量避免在中午外出 室内保持通风 多喝温开水 饮食清淡 保证充足睡眠 ';
    const text = `${advice.repeat(8)}如发现有人中暑晕倒 应立即拨打120 并将患者移至阴凉处`;
    expect(text.length).toBeGreaterThan(400);
    expect(await chat.say(`grandson: ${text}`)).toEqual([]);
    expect(emergencies()).toBe(0);
  });
});

describe('an emergency is never false', () => {
  it.each([
    '笑死我了救命',
    '我妈昨天晕倒了,现在好多了 谢谢大家关心',
    '这个团购简直是救命稻草 不然真要饿肚子了',
    '家里有急救箱的可以登记一下吗 物业统计',
    '急救箱里一般要备点什么药啊',
    '我家猫抽搐了 有没有懂的',
    '【转发】老年人居家急救知识,一定要收藏!',
    // A hypothetical, a drama, a training notice, a medic wanted for a form and not urgent.
    '要是家里老人晕倒了该怎么办?先掐人中吗',
    '这部剧女主最后口吐白沫倒下了 编剧太狠了',
    '本周六社区急救培训 内容:心肺复苏 海姆立克 报名找居委',
    'Is there a doctor in our building? need someone to sign a form for my kid, not urgent',
    // Round 6: a medicine carried in case of a sign, a volunteer worn out, a dream, a phone in the water.
    '医生说硝酸甘油要随身带 万一心绞痛发作就含一片',
    '去不动了 今天已经跑了六趟',
    '累瘫了 发了一天物资 现在躺在沙发上一动不动',
    '昨晚做梦梦见我爸晕倒了 吓醒了 赶紧打电话过去 他好好的',
    '手机掉水里了 救命 明天怎么抢菜',
    // Round 7b: a forwarded headline, sweets sneaked, a language one cannot speak, how it ended, a wound already stitched.
    '转:某小区独居老人突发脑溢血 外卖小哥破门救人 点赞',
    '孩子偷吃了妹妹的糖 被我骂了一顿',
    'the new tenant cannot speak chinese well, anyone here speak tagalog?',
    '早上救护车来接走的那个老伯后来怎么样了',
    '前天夜里隔壁师傅切菜切到手 流了好多血 去医院缝了五针 今天又上班了',
  ])('「%s」 pages nobody and says nothing', async (text) => {
    await community();
    expect(await chat.say(`grandson: ${text}`)).toEqual([]);
    expect(emergencies()).toBe(0);
  });
});

describe('the uncertain middle is asked, never left in silence', () => {
  it('the group is asked 「需要医护人员吗?」, the secretary hears of it privately, and the writer\'s 「是」 pages', async () => {
    await community();
    const out = await chat.say('grandson: 老人不太舒服 有没有人过来看一下');
    expect(out.find((o) => o.isGroup)!.text).toBe('需要医护人员吗?回复「是」马上呼叫。情况危急请直接拨打120。');
    const secretary = out.find((o) => o.chatId === 'private:secretary')!.text;
    expect(secretary).toContain('可能的紧急情况');
    expect(secretary).toContain('老人不太舒服');
    expect(paged(out)).toBe(0);
    expect(emergencies()).toBe(0);
    const yes = await chat.say('grandson: 是');
    expect(yes.find((o) => o.isGroup)!.text).toContain('🚨 紧急:(位置未知,请联系 grandson)');
    expect(paged(yes)).toBe(2);
    expect(emergencies()).toBe(1);
  });

  it('a neighbour who answers the question 「是」 by quoting it pages too, for the writer', async () => {
    await community();
    await chat.say('grandson: /我是 9-502');
    const [question] = await chat.say('grandson: 楼下好像有人倒了?');
    const out = await chat.say(`porter ^${question!.id}: 是`);
    expect(out.find((o) => o.isGroup)!.text).toContain('🚨 紧急:9号楼502');
    expect(out.find((o) => o.isGroup)!.text).toContain('发起人:grandson');
    expect(paged(out)).toBe(2);
  });

  it('「不用」 ends the question and pages nobody', async () => {
    await community();
    await chat.say('grandson: 我爸有点喘 要不要紧啊');
    expect(await chat.answer('grandson: 不用')).toContain('好的');
    expect(emergencies()).toBe(0);
  });
});

describe('an emergency written privately', () => {
  it('a resident is told at once to call 120, and the group, the medics and the secretary hear of it', async () => {
    await community();
    const out = await chat.say('grandson (private): 我老公突然晕倒了 叫不醒');
    expect(out.find((o) => o.chatId === 'private:grandson')!.text).toMatch(/^情况危急请立即拨打120/);
    expect(out.some((o) => o.isGroup && o.text.includes('🚨'))).toBe(true);
    expect(paged(out)).toBe(2);
    expect(out.some((o) => o.chatId === 'private:secretary')).toBe(true);
  });

  it('the uncertain middle written privately is asked there, the secretary hears of it, and 「是」 pages', async () => {
    await community();
    const out = await chat.say('grandson (private): 我爸今天一直說胸口悶悶的 不知道要不要緊');
    expect(out.find((o) => o.chatId === 'private:grandson')!.text).toBe('需要我馬上呼叫醫護人員嗎?回覆「是」馬上呼叫。情況危急請直接撥打120。');
    expect(out.find((o) => o.chatId === 'private:secretary')!.text).toContain('可能的紧急情况');
    expect(paged(out)).toBe(0);
    const yes = await chat.say('grandson (private): 是');
    expect(paged(yes)).toBe(2);
    expect(yes.some((o) => o.isGroup && o.text.includes('🚨'))).toBe(true);
  });

  it('a resident who says privately she will take her life is paged for, told to call 120, and given a helpline', async () => {
    await community();
    const out = await chat.say('grandson (private): 我不想活了 药都准备好了');
    const told = out.filter((o) => o.chatId === 'private:grandson').map((o) => o.text);
    expect(told[0]).toMatch(/^情况危急请立即拨打120/);
    expect(told[1]).toContain('心理援助热线12356');
    expect(paged(out)).toBe(2);
    // The group hears where help is needed, never why.
    const group = out.find((o) => o.isGroup)!.text;
    expect(group).toContain('🚨');
    expect(group).not.toMatch(/不想活|药/);
  });

  it('a resident whose father fainted privately is not given a helpline', async () => {
    await community();
    const out = await chat.say('grandson (private): 我老公突然晕倒了 叫不醒');
    expect(out.filter((o) => o.chatId === 'private:grandson').map((o) => o.text).join('\n')).not.toContain('12356');
  });

  it('someone the bot does not know is told to call 120 and every community\'s secretaries hear of it', async () => {
    await community();
    const out = await chat.say('stranger (private): 救命 我奶奶没有呼吸了');
    expect(out.find((o) => o.chatId === 'private:stranger')!.text).toMatch(/^请立即拨打120/);
    const secretary = out.find((o) => o.chatId === 'private:secretary')!.text;
    expect(secretary).toContain('🚨');
    expect(secretary).toContain('stranger');
    expect(secretary).toContain('没有呼吸');
  });
});

describe('round 9: what the group sees for the night\'s emergencies and the talk around them', () => {
  it.each([
    // A hypo told by its cause; labour minutes apart; oxygen in Chinese numerals with breath lost after a few words.
    '阿爺食咗降糖藥冇食晚飯 而家成身出冷汗 手震 叫佢應都唔應',
    'My wife is 38 weeks, her waters broke and the contractions are three minutes apart',
    '我爸血氧只有八十五 说两句话就要停下来喘',
    'Any medical staff in this group? urgent, 6th floor of block 3',
  ])('「%s」 pages the medics at once', async (text) => {
    await community();
    const out = await chat.say(`grandson: ${text}`);
    expect(out.find((o) => o.isGroup)!.text).toMatch(/🚨 (?:紧急|緊急|EMERGENCY)/);
    expect(paged(out)).toBe(2);
    expect(emergencies()).toBe(1);
  });

  it('the ambulance\'s number said after the door is no part of it: the page names the door', async () => {
    await community();
    const out = await chat.say('grandson: 我老公倒在厨房叫不醒 八号楼三零二120打了还没来');
    expect(out.find((o) => o.isGroup)!.text).toContain('🚨 紧急:8号楼302');
  });

  it('a neighbour not heard from for days, the knock unanswered, is asked of the group', async () => {
    await community();
    const out = await chat.say('grandson: 隔壁阿婆敲了好几次门都没人应 门口的菜也没拿进去');
    expect(out.find((o) => o.isGroup)!.text).toBe('需要医护人员吗?回复「是」马上呼叫。情况危急请直接拨打120。');
    expect(paged(out)).toBe(0);
  });

  it.each([
    '大家好 我是护士 提醒一下 如果抽筋 嘴唇发紫 叫不醒 一定马上打120再在群里喊',
    '老人摔倒了怎么办 第一别急着扶 第二看他能不能说话 第三有没有流血 第四打120',
    '我真係要暈 排隊排咗成三粒鐘',
    '昨晚那个噎住的阿婆还好吗',
    '阳了第三天 喉咙痛得说不出话',
  ])('「%s」 pages nobody and says nothing', async (text) => {
    await community();
    expect(await chat.say(`grandson: ${text}`)).toEqual([]);
    expect(emergencies()).toBe(0);
  });
});

describe('a likely danger told privately with the door it happens at', () => {
  it('「我妈一下午没回电话 她住3号楼601」 asks the writer, tells the secretary it came privately, and 「是」 pages for that door; no home is recorded', async () => {
    await community();
    const out = await chat.say('grandson (private): 我妈一下午没回电话 她住3号楼601');
    expect(out.find((o) => o.chatId === 'private:grandson')!.text).toMatch(/^需要我马上呼叫医护人员吗/);
    expect(out.find((o) => o.chatId === 'private:secretary')!.text).toMatch(/^⚠️ 可能的紧急情况:grandson\(私聊\)说「我妈一下午没回电话.*位置:3-601。我已问过是否需要医护人员/);
    expect(chat.db.prepare("SELECT home_room FROM members WHERE display_name = 'grandson'").pluck().get()).toBeNull();
    const paging = await chat.say('grandson (private): 是');
    expect(paged(paging)).toBe(2);
    expect(paging.map((o) => o.text).join('\n')).toContain('3号楼601需要医护人员');
  });
});

