import { afterEach, describe, expect, it } from 'vitest';
import { chatWithWang, type TestChat } from '../helpers/chat.js';

/** A resident passing on a relative's offer to volunteer: the roster says whose offer it is. */
let chat: TestChat;
afterEach(async () => {
  await chat?.dispose();
  chat = undefined as unknown as TestChat;
});

const volunteers = () => chat.db.prepare('SELECT m.display_name AS name, v.person FROM volunteers v JOIN members m ON m.id = v.member_id').all();

describe('a relative\'s offer to volunteer', () => {
  it('「我家老伴也想当志愿者」 is signed up as the spouse through wang, and the reply and the roster say so', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我家老伴也想当志愿者');
    await chat.say('wang (private): 她会开车');
    const done = await chat.answer('wang (private): 晚上');
    expect(done).toMatch(/^已登记志愿者 wang\(替老伴报名\):5号楼,特长:司机/);
    expect(volunteers()).toEqual([{ name: 'wang', person: '老伴' }]);
    expect(await chat.answer('secretary (private): /花名册')).toContain('wang(替老伴报名)');
  });

  it('said of both (「我和老伴都想当志愿者」) signs up the writer, as before', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我和老伴都想当志愿者 会开车 晚上有空');
    expect(volunteers()).toEqual([{ name: 'wang', person: null }]);
  });

  it('a volunteer passing on a relative\'s offer keeps their own record and is told how the relative signs up', async () => {
    chat = await chatWithWang('wang (private): 我想当志愿者 会开车 晚上有空');
    expect(volunteers()).toEqual([{ name: 'wang', person: null }]);
    expect(await chat.answer('wang (private): 我老婆也想報名做義工')).toBe(
      '您已經登記為志願者了,一個賬號只能登記一位。老婆也想報名的話,請老婆用自己的賬號跟我說「我想當志願者」。',
    );
    expect(volunteers()).toEqual([{ name: 'wang', person: null }]);
    expect(await chat.answer('secretary (private): /花名册')).toMatch(/wang.*司机/);
  });

  it('a household member\'s trade with whoever needs it to say so (「我老公以前是开车的 谁家要用车说一声」) signs up the husband', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): 我老公以前是开车的 谁家要用车说一声');
    const done = await chat.answer('wang (private): 晚上');
    expect(done).toMatch(/^已登记志愿者 wang\(替老公报名\):5号楼,特长:司机/);
    expect(volunteers()).toEqual([{ name: 'wang', person: '老公' }]);
  });

  it('in English: "my husband would like to volunteer, he is a doctor"', async () => {
    chat = await chatWithWang();
    await chat.say('wang (private): my husband would like to volunteer, he is a doctor');
    expect(await chat.answer('wang (private): evenings')).toMatch(/^Volunteer wang \(for husband\) registered/);
    expect(volunteers()).toEqual([{ name: 'wang', person: 'husband' }]);
  });
});
