/** Mainland mobile numbers: 11 digits starting 1[3-9], allowing spaces or dashes as people type them. */
const PHONE = /(?<!\d)(?:\+?86[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?!\d)/;

export interface PhoneMatch {
  phone: string;
  index: number;
  length: number;
}

/** Finds a mobile number in a text and returns it as 11 plain digits. */
export function findPhone(text: string): PhoneMatch | undefined {
  const m = PHONE.exec(text);
  if (!m) return undefined;
  return { phone: `${m[1]}${m[2]}${m[3]}`, index: m.index, length: m[0].length };
}

/** The only way a phone number is ever shown: 138****1234. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Replaces every phone number in a text by its masked form, for anything that may be shown or logged. */
export function maskPhonesIn(text: string): string {
  return text.replace(new RegExp(PHONE.source, 'g'), (_all, a: string, b: string, c: string) => maskPhone(a + b + c));
}
