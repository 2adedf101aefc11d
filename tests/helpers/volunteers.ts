import { TestChat } from './chat.js';

/** A bound community with a recruit post and volunteers signed up by reply: "li: 5-302 医生 晚上". */
export async function communityWithVolunteers(lines: string[], opts: ConstructorParameters<typeof TestChat>[0] = {}): Promise<TestChat> {
  const chat = new TestChat(opts);
  await chat.say('secretary: /bind 阳光二期');
  const [post] = await chat.say('secretary: /招募 紧急招募志愿者');
  for (const line of lines) {
    const [name, details] = line.split(/:\s*/);
    await chat.say(`${name} ^${post!.id}: 报名 ${details}`);
  }
  return chat;
}
