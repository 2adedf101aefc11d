import { t } from '../../src/kernel/catalogue.js';
import type { Lang } from '../../src/kernel/types.js';
import type { MessageKey } from '../../src/kernel/catalogue.js';
import type { Availability, Skill } from './words.js';

/** "医生、司机" / "doctor, driver". */
export function skillList(lang: Lang, skills: readonly string[]): string {
  if (skills.length === 0) return t(lang, 'vol.none');
  return skills.map((s) => t(lang, `vol.skill.${s as Skill}` as MessageKey)).join(t(lang, 'vol.sep'));
}

/** "上午、晚上" / "mornings, evenings". */
export function whenList(lang: Lang, when: readonly string[] | string): string {
  const list = typeof when === 'string' ? when.split(',').filter(Boolean) : when;
  if (list.length === 0) return t(lang, 'vol.none');
  return list.map((a) => t(lang, `vol.when.${a as Availability}` as MessageKey)).join(t(lang, 'vol.sep'));
}

/** The name on the roster: the member, and the relative who volunteers through them — 「王(替老伴报名)」. */
export function volunteerName(lang: Lang, name: string, person: string | null): string {
  return person ? t(lang, 'vol.forPerson', { name, person }) : name;
}
