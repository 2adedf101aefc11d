import type { Lang } from './types.js';

/** Roles a member can hold in a community. Everyone is a resident; the rest are granted. */
export const ROLES = ['resident', 'volunteer', 'building_lead', 'groupbuy_leader', 'medicine_team', 'secretary'] as const;
export type Role = (typeof ROLES)[number];

/** How residents name each role in chat, in every language, for /grant and /revoke. */
export const ROLE_WORDS: Record<Role, string[]> = {
  resident: ['居民', 'resident'],
  volunteer: ['志愿者', '义工', 'volunteer'],
  building_lead: ['楼组长', '楼长', '楼栋长', 'lead', 'building_lead', 'buildinglead'],
  groupbuy_leader: ['团长', '团购团长', 'leader', 'groupbuy_leader'],
  medicine_team: ['配药', '配药队', '配药小分队', '配药组', 'medicine', 'medicine_team'],
  secretary: ['书记', '居委', '管理员', 'admin', 'secretary'],
};

/** Reads a role word ("楼组长", "lead", "團長" after normalising). */
export function parseRole(word: string): Role | undefined {
  const w = word.trim().toLowerCase();
  return (Object.keys(ROLE_WORDS) as Role[]).find((r) => ROLE_WORDS[r].includes(w));
}

/** How a role is named to a person: "楼组长", "5号楼楼组长", "56弄楼组长", "lead of building 5". */
export function roleLabel(lang: Lang, role: Role, scope = ''): string {
  const words = ROLE_WORDS[role];
  const name = lang === 'en' ? words[words.length - 1]!.replace('_', ' ') : words[0]!;
  if (!scope) return name;
  // A lane (「56弄」) or a village group (「12组」, whose lead is its 组长) stands where a building does.
  const lane = /^\d+弄$/.test(scope);
  const group = /^\d+[组队]$/.test(scope);
  if (lang === 'en') return lane ? `${name} of lane ${scope.slice(0, -1)}` : group ? `${name} of village group ${scope.slice(0, -1)}` : `${name} of building ${scope}`;
  return lane ? `${scope}${name}` : group ? `${scope}${name.replace(/^楼/, '')}` : `${scope}号楼${name}`;
}
