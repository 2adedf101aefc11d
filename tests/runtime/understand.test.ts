import { describe, expect, it } from 'vitest';
import { allCapabilities } from '../../commands/index.js';
import { Registry } from '../../src/runtime/registry.js';
import { bareSituation } from '../../src/runtime/router.js';
import { decide, type Reading } from '../../src/runtime/understand.js';
import { score, situationOfContext, type Row } from '../../src/tools/corpus.js';
import {
  EIGHTH_PROBES,
  EIGHTEENTH_PROBES,
  ELEVENTH_PROBES,
  FIFTEENTH_PROBES,
  FORTIETH_PROBES,
  FORTY_FIRST_PROBES,
  FORTY_EIGHTH_PROBES,
  FIFTIETH_PROBES,
  FORTY_FIFTH_PROBES,
  FORTY_NINTH_PROBES,
  FORTY_SEVENTH_PROBES,
  FORTY_SIXTH_PROBES,
  FORTY_FOURTH_PROBES,
  FORTY_SECOND_PROBES,
  FORTY_THIRD_PROBES,
  FIFTH_PROBES,
  FOURTEENTH_PROBES,
  FOURTH_PROBES,
  MORE_PROBES,
  NINETEENTH_PROBES,
  NINTH_PROBES,
  PROBES,
  SEVENTEENTH_PROBES,
  SEVENTH_PROBES,
  SIXTEENTH_PROBES,
  SIXTH_PROBES,
  TENTH_PROBES,
  THIRD_PROBES,
  THIRTEENTH_PROBES,
  THIRTIETH_PROBES,
  THIRTY_FIFTH_PROBES,
  THIRTY_FIRST_PROBES,
  THIRTY_FOURTH_PROBES,
  THIRTY_NINTH_PROBES,
  THIRTY_SECOND_PROBES,
  THIRTY_EIGHTH_PROBES,
  THIRTY_SEVENTH_PROBES,
  THIRTY_SIXTH_PROBES,
  THIRTY_THIRD_PROBES,
  TWENTIETH_PROBES,
  TWENTY_FIRST_PROBES,
  TWENTY_SECOND_PROBES,
  TWENTY_SEVENTH_PROBES,
  TWENTY_SIXTH_PROBES,
  TWENTY_FIFTH_PROBES,
  TWENTY_EIGHTH_PROBES,
  TWENTY_FOURTH_PROBES,
  TWENTY_NINTH_PROBES,
  TWENTY_THIRD_PROBES,
  TWELFTH_PROBES,
} from './understand-probes.js';
import { ROUND_4_EMERGENCY, ROUND_4_EMERGENCY_B, ROUND_5_EMERGENCY, ROUND_5_EMERGENCY_B, ROUND_5_EMERGENCY_C, ROUND_5_EMERGENCY_D, ROUND_5_EMERGENCY_E, ROUND_5_EMERGENCY_F, ROUND_5_EMERGENCY_G, ROUND_5_EMERGENCY_H, ROUND_5_EMERGENCY_I, ROUND_5_EMERGENCY_J, ROUND_5_EMERGENCY_K, ROUND_5_EMERGENCY_L, ROUND_5_EMERGENCY_M, ROUND_5_EMERGENCY_N, ROUND_5_EMERGENCY_O, ROUND_6_EMERGENCY, ROUND_6_EMERGENCY_B, ROUND_6_EMERGENCY_C, ROUND_6_EMERGENCY_D, ROUND_6_EMERGENCY_E, ROUND_6_EMERGENCY_F, ROUND_6_EMERGENCY_G, ROUND_6_EMERGENCY_H, ROUND_6_EMERGENCY_I, ROUND_6_EMERGENCY_J, ROUND_6_EMERGENCY_K, ROUND_6_EMERGENCY_L, ROUND_6_EMERGENCY_M, ROUND_6_EMERGENCY_N, ROUND_6_EMERGENCY_O, ROUND_6_EMERGENCY_P, ROUND_6_EMERGENCY_Q, ROUND_6_EMERGENCY_R, ROUND_6_EMERGENCY_S, ROUND_6_EMERGENCY_T, ROUND_6_EMERGENCY_U, ROUND_6_EMERGENCY_V, ROUND_6_EMERGENCY_W, ROUND_6_EMERGENCY_X, ROUND_6_EMERGENCY_Y, ROUND_6_EMERGENCY_Z, ROUND_6_EMERGENCY_AA, ROUND_6_EMERGENCY_AB, ROUND_6B_EMERGENCY, ROUND_6B_EMERGENCY_B, ROUND_7B_EMERGENCY, ROUND_7B_EMERGENCY_B, ROUND_7B_EMERGENCY_C, ROUND_7B_EMERGENCY_D, ROUND_7B_EMERGENCY_E } from './probes/emergency.js';
import { ROUND_4_MEDICINE, ROUND_5_MEDICINE, ROUND_6_MEDICINE, ROUND_7B_MEDICINE, ROUND_7C_MEDICINE } from './probes/medicine.js';
import { ROUND_7_FIRE, ROUND_7_NAMES, ROUND_7_DEVICES, ROUND_7_ITEMS, ROUND_7_ALSO, ROUND_7_ITEMS_B, ROUND_7_FIRE_TALK, ROUND_7_BOUGHT, ROUND_7_TAKEN, ROUND_7_SHORT_ONE, ROUND_7_SALTS, ROUND_7_PERSON_NAMES } from './probes/names.js';
import { ROUND_4_DEV4_PEOPLE, ROUND_4_PEOPLE, ROUND_5_PEOPLE, ROUND_6_PEOPLE_A, ROUND_6_PEOPLE_B, ROUND_6_PEOPLE_C, ROUND_6_PEOPLE_D, ROUND_6_PEOPLE_E, ROUND_6_PEOPLE_F, ROUND_6_PEOPLE_G, ROUND_6_PEOPLE_H, ROUND_6_PEOPLE_I, ROUND_6_PEOPLE_J, ROUND_6_PEOPLE_K, ROUND_6_PEOPLE_L, ROUND_6_PEOPLE_M, ROUND_6_PEOPLE_N, ROUND_6_PEOPLE_O, ROUND_6B_PEOPLE_A, ROUND_6B_PEOPLE_B, ROUND_6B_PEOPLE_C, ROUND_6B_PEOPLE_D, ROUND_7B_PEOPLE_A, ROUND_7B_PEOPLE_B, ROUND_7B_PEOPLE_C, ROUND_7B_PEOPLE_D, ROUND_7B_PEOPLE_E, ROUND_7C_PEOPLE_A, ROUND_7C_PEOPLE_B, ROUND_7C_PEOPLE_C } from './probes/people.js';
import { ROUND_5_CHATTER, ROUND_5_CHATTER_B, ROUND_5_CHATTER_C, ROUND_5_CHATTER_D, ROUND_5_CHATTER_E, ROUND_5_CHATTER_F, ROUND_5_CHATTER_G, ROUND_6_CHATTER, ROUND_6_CHATTER_B, ROUND_6_CHATTER_C, ROUND_6_CHATTER_D, ROUND_6_CHATTER_E, ROUND_6_CHATTER_F, ROUND_6_CHATTER_G, ROUND_6_CHATTER_H, ROUND_6_CHATTER_I, ROUND_6_CHATTER_J, ROUND_6_CHATTER_K, ROUND_6_CHATTER_L, ROUND_6_CHATTER_M, ROUND_6_CHATTER_N, ROUND_6_CHATTER_O, ROUND_6_CHATTER_P, ROUND_6_CHATTER_Q, ROUND_6_CHATTER_R, ROUND_6_CHATTER_S, ROUND_6_CHATTER_T, ROUND_6_CHATTER_U, ROUND_6_CHATTER_V, ROUND_6B_CHATTER, ROUND_6B_CHATTER_B, ROUND_6B_CHATTER_C, ROUND_7B_CHATTER, ROUND_7B_CHATTER_B, ROUND_7B_CHATTER_C, ROUND_7B_CHATTER_D, ROUND_7B_CHATTER_E, ROUND_7B_CHATTER_F } from './probes/chatter.js';
import { ROUND_7_COUNT_UNIT_OF, ROUND_7_DOOR_THEN_COUNT, ROUND_7_LETTER_AND_NAME, ROUND_7_LETTER_DIGIT_TOKENS, ROUND_7_LETTER_PLACES, ROUND_7_LETTERS_IN_NAMES, ROUND_7_NEED_WITH_DOOR, ROUND_7_SELF_INTRODUCTION, ROUND_7_SELF_INTRODUCTION_B, ROUND_7_STRANGERS_ORDER, ROUND_7_TIMES, ROUND_7_WORKPLACE_DOOR } from './probes/numbers.js';
import { ROUND_8_DELIVERED_TO, ROUND_8_ONE_HOUSEHOLD, ROUND_8_RELAY_DITTO, ROUND_8_RELAY_DOORS, ROUND_8_RELAY_EACH, ROUND_8_RELAY_NO_BUILDING, ROUND_8_RELAY_OWN_AND_AGAIN, ROUND_8_RELAY_ROOMS, ROUND_8_RELAY_WHO_AND_WHEN, type RelayProbe } from './probes/relay.js';
import { doorKey } from '../../src/kernel/fields/door.js';
import type { MedicineDraft } from '../../commands/medicine/read.js';
import { ROUND_8_HOUSEHOLD_SIZE, ROUND_8_NEIGHBOUR_ROOM, ROUND_8_OTHER_MET } from './probes/leftovers.js';
import { ROUND_9_ASKED_AFTER, ROUND_9_DENIED_NAME, ROUND_9_MY_MEDICINE_WHEN } from './probes/lead9.js';
import { ROUND_8_CHAINS_LEAD_IN, ROUND_8_CHAINS_DONE_REPORT, ROUND_8_CHAINS_SAID_TWICE, ROUND_8_CHAINS_ITEM_THEN_LEADER, ROUND_8_CHAINS_ORDER_THEN_QUESTION, ROUND_8_CHAINS_WHICH_NEIGHBOUR_HAS, ROUND_8_CHAINS_MENU_TOPIC_FIRST, ROUND_8_CHAINS_NEED_THEN_HOW, ROUND_8_CHAINS_PARDON_ASKED, ROUND_8_CHAINS_CALLED_PAIN_BRAND, ROUND_8_CHAINS_PLACE_NOT_BRAND, ROUND_8_CHAINS_CLASS_THEN_NAME_APART, ROUND_8_CHAINS_COUNTED_LIST_GLUED, ROUND_8_CHAINS_STRANGER_BY_PACKAGE, ROUND_8_CHAINS_DAYS_OF_THE_SHORT_ONE, ROUND_8_CHAINS_CLASS_BY_ENDING } from './probes/chains.js';
import { ROUND_8_CHATTER_SERVICE_TOLD, ROUND_8_CHATTER_ASK_AROUND_HOW, ROUND_8_CHATTER_COMPLAINT, ROUND_8_CHATTER_ADVICE_STOCK, ROUND_8_CHATTER_NOT_OFFER, ROUND_8_CHATTER_FALL_ADVICE, ROUND_8_CHATTER_ASKED_AFTER, ROUND_8_CHATTER_FLOOR, ROUND_8_CHATTER_EXERTION, ROUND_8_CHATTER_SAME_AS_YOURS, ROUND_8_CHATTER_TENDED, ROUND_8_CHATTER_FIRST_AID_TOLD, ROUND_8_CHATTER_LATER_ORDER, ROUND_8_CHATTER_LINE_ABOVE, ROUND_8_CHATTER_EDGES, ROUND_8_CHATTER_ADVICE_THEN_NEWS, ROUND_8_CHATTER_REQUEST_BESIDE, ROUND_8_CHATTER_OFFER_BESIDE, ROUND_8_CHATTER_ASKED_THEN_NEWS, ROUND_8_CHATTER_SAT_TIRED } from './probes/chatter8.js';
import { ROUND_9_CALL_ME, ROUND_9_ASKED_BY_FORM, ROUND_9_RUNNY_NOSE, ROUND_9_NEED_AT_THE_END, ROUND_9_HELP, ROUND_9_MOVED, ROUND_9_OFFERS, ROUND_9_SIGNUP_FAMILY_BEFORE, ROUND_9_TASK_REPLIES, ROUND_9_MYDATA_HOUSEHOLD, ROUND_9_SUPPLIES, ROUND_9_ORDER_LAST_TIME, ROUND_9_ORDER_ONE_DECLINED, ROUND_9_NOT_ASKED_FOR, ROUND_9_NOT_A_NAME, ROUND_9_NAMES_ABROAD, ROUND_9_DAYS_IN_ENGLISH, ROUND_9_SAID_SHORT_THEN_FULL } from './probes/needs9.js';
import { ROUND_8_SAID_TWICE, ROUND_8_HOMOPHONES, ROUND_8_SUPPLIES, ROUND_8_DOES_IT_COUNT, ROUND_8_BATTERIES, ROUND_8_SETTLED_NAME, ROUND_8_ASKED_OF_THE_BOT, ROUND_8_HEARD_IT_DOES, ROUND_8_FOUND_ON_THE_FLOOR, ROUND_8_WULI, ROUND_8_WHAT_I_REPORTED, ROUND_8_TAKEN_BACK, ROUND_8_RECORD_MY_ADDRESS, ROUND_8_THINGS_FETCHED, ROUND_8_WHEREVER_NEEDED, ROUND_8_SEE_A_DOCTOR, ROUND_8_NOT_HEARD_FROM, ROUND_8_LONG_ENGLISH, ROUND_8_BABY_DIAPERS, ROUND_8_PROPOSED_OR_DESCRIBED } from './probes/voice.js';
import { ROUND_4_DEV4_REPLIES, ROUND_4_REPLIES, ROUND_4_REPLIES_B, ROUND_5_DEV56_REPLIES, ROUND_5_REPLIES, ROUND_6_REPLIES_A, ROUND_6_REPLIES_B, ROUND_6_REPLIES_C, ROUND_6_REPLIES_D, ROUND_6_REPLIES_E, ROUND_6_REPLIES_F, ROUND_6_REPLIES_G, ROUND_6_REPLIES_H, ROUND_6_REPLIES_I, ROUND_6_REPLIES_J, ROUND_6_REPLIES_K, ROUND_6_REPLIES_L, ROUND_6_REPLIES_M, ROUND_6_REPLIES_N, ROUND_6_REPLIES_O, ROUND_6_REPLIES_P, ROUND_6_REPLIES_Q, ROUND_6_REPLIES_R, ROUND_6_REPLIES_S, ROUND_6_REPLIES_T, ROUND_6_REPLIES_U, ROUND_6_REPLIES_V, ROUND_6_REPLIES_W, ROUND_6_REPLIES_X, ROUND_6_REPLIES_Y, ROUND_6_REPLIES_Z, ROUND_6_REPLIES_AA, ROUND_6_REPLIES_AB, ROUND_6_REPLIES_AC, ROUND_6B_REPLIES_A, ROUND_6B_REPLIES_B, ROUND_6B_REPLIES_C, ROUND_7B_REPLIES_A, ROUND_7B_REPLIES_B, ROUND_7B_REPLIES_C } from './probes/replies.js';

const RELAY_PROBES: RelayProbe[] = [...ROUND_8_RELAY_DOORS, ...ROUND_8_RELAY_ROOMS, ...ROUND_8_RELAY_EACH, ...ROUND_8_RELAY_WHO_AND_WHEN, ...ROUND_8_RELAY_NO_BUILDING, ...ROUND_8_RELAY_OWN_AND_AGAIN, ...ROUND_8_RELAY_DITTO, ...ROUND_8_ONE_HOUSEHOLD, ...ROUND_8_DELIVERED_TO];
const { router } = new Registry(allCapabilities, ['linli', '邻里', '邻里助手']);

const rowsOf = (probes: [string, string, string, string?][]): Row[] =>
  probes.map(([context, text, intent, fields], i) => ({
    line: i + 1,
    text,
    context,
    intent,
    fields: Object.fromEntries((fields ?? '').split(';').filter(Boolean).map((kv) => kv.split('=') as [string, string])),
  }));

describe('the recognisers read residents\' messages as a neighbour would', () => {
  const all = [...rowsOf(PROBES), ...rowsOf(MORE_PROBES), ...rowsOf(THIRD_PROBES), ...rowsOf(FOURTH_PROBES), ...rowsOf(FIFTH_PROBES), ...rowsOf(SIXTH_PROBES), ...rowsOf(SEVENTH_PROBES), ...rowsOf(EIGHTH_PROBES), ...rowsOf(NINTH_PROBES),
    ...rowsOf(TENTH_PROBES), ...rowsOf(ELEVENTH_PROBES), ...rowsOf(TWELFTH_PROBES), ...rowsOf(THIRTEENTH_PROBES), ...rowsOf(FOURTEENTH_PROBES),
    ...rowsOf(FIFTEENTH_PROBES), ...rowsOf(SIXTEENTH_PROBES), ...rowsOf(SEVENTEENTH_PROBES), ...rowsOf(EIGHTEENTH_PROBES), ...rowsOf(NINETEENTH_PROBES), ...rowsOf(TWENTIETH_PROBES), ...rowsOf(TWENTY_FIRST_PROBES), ...rowsOf(TWENTY_SECOND_PROBES), ...rowsOf(TWENTY_THIRD_PROBES), ...rowsOf(TWENTY_FOURTH_PROBES), ...rowsOf(TWENTY_FIFTH_PROBES), ...rowsOf(TWENTY_SIXTH_PROBES), ...rowsOf(TWENTY_SEVENTH_PROBES), ...rowsOf(TWENTY_EIGHTH_PROBES), ...rowsOf(TWENTY_NINTH_PROBES), ...rowsOf(THIRTIETH_PROBES), ...rowsOf(THIRTY_FIRST_PROBES), ...rowsOf(THIRTY_SECOND_PROBES), ...rowsOf(THIRTY_THIRD_PROBES), ...rowsOf(THIRTY_FOURTH_PROBES), ...rowsOf(THIRTY_FIFTH_PROBES), ...rowsOf(THIRTY_SIXTH_PROBES), ...rowsOf(THIRTY_SEVENTH_PROBES), ...rowsOf(THIRTY_EIGHTH_PROBES), ...rowsOf(THIRTY_NINTH_PROBES), ...rowsOf(FORTIETH_PROBES), ...rowsOf(FORTY_FIRST_PROBES), ...rowsOf(FORTY_SECOND_PROBES), ...rowsOf(FORTY_THIRD_PROBES), ...rowsOf(FORTY_FOURTH_PROBES), ...rowsOf(FORTY_FIFTH_PROBES), ...rowsOf(FORTY_SIXTH_PROBES), ...rowsOf(FORTY_SEVENTH_PROBES), ...rowsOf(FORTY_EIGHTH_PROBES), ...rowsOf(FORTY_NINTH_PROBES), ...rowsOf(FIFTIETH_PROBES),
    ...rowsOf(ROUND_4_EMERGENCY), ...rowsOf(ROUND_4_EMERGENCY_B), ...rowsOf(ROUND_5_EMERGENCY), ...rowsOf(ROUND_5_EMERGENCY_B), ...rowsOf(ROUND_5_EMERGENCY_C), ...rowsOf(ROUND_5_EMERGENCY_D), ...rowsOf(ROUND_5_EMERGENCY_E), ...rowsOf(ROUND_5_EMERGENCY_F), ...rowsOf(ROUND_5_EMERGENCY_G), ...rowsOf(ROUND_5_EMERGENCY_H), ...rowsOf(ROUND_5_EMERGENCY_I), ...rowsOf(ROUND_5_EMERGENCY_J), ...rowsOf(ROUND_5_EMERGENCY_K), ...rowsOf(ROUND_5_EMERGENCY_L), ...rowsOf(ROUND_5_EMERGENCY_M), ...rowsOf(ROUND_5_EMERGENCY_N), ...rowsOf(ROUND_5_EMERGENCY_O), ...rowsOf(ROUND_4_MEDICINE), ...rowsOf(ROUND_5_MEDICINE), ...rowsOf(ROUND_6_MEDICINE), ...rowsOf(ROUND_7B_MEDICINE), ...rowsOf(ROUND_4_PEOPLE), ...rowsOf(ROUND_4_DEV4_PEOPLE), ...rowsOf(ROUND_5_PEOPLE), ...rowsOf(ROUND_6_PEOPLE_A), ...rowsOf(ROUND_6_PEOPLE_B), ...rowsOf(ROUND_6_PEOPLE_C), ...rowsOf(ROUND_6_PEOPLE_D), ...rowsOf(ROUND_6_PEOPLE_E), ...rowsOf(ROUND_6_PEOPLE_F), ...rowsOf(ROUND_6_PEOPLE_G), ...rowsOf(ROUND_6_PEOPLE_H), ...rowsOf(ROUND_6_PEOPLE_I), ...rowsOf(ROUND_6_PEOPLE_J), ...rowsOf(ROUND_6_PEOPLE_K), ...rowsOf(ROUND_6_PEOPLE_L), ...rowsOf(ROUND_6_PEOPLE_M), ...rowsOf(ROUND_6_PEOPLE_N), ...rowsOf(ROUND_6_PEOPLE_O), ...rowsOf(ROUND_4_REPLIES), ...rowsOf(ROUND_4_REPLIES_B), ...rowsOf(ROUND_4_DEV4_REPLIES), ...rowsOf(ROUND_5_REPLIES), ...rowsOf(ROUND_5_DEV56_REPLIES), ...rowsOf(ROUND_6_REPLIES_A), ...rowsOf(ROUND_6_REPLIES_B), ...rowsOf(ROUND_6_REPLIES_C), ...rowsOf(ROUND_6_REPLIES_D), ...rowsOf(ROUND_6_REPLIES_E), ...rowsOf(ROUND_6_REPLIES_F), ...rowsOf(ROUND_6_REPLIES_G), ...rowsOf(ROUND_6_REPLIES_H), ...rowsOf(ROUND_6_REPLIES_I), ...rowsOf(ROUND_6_REPLIES_J), ...rowsOf(ROUND_6_REPLIES_K), ...rowsOf(ROUND_6_REPLIES_L), ...rowsOf(ROUND_6_REPLIES_M), ...rowsOf(ROUND_6_REPLIES_N), ...rowsOf(ROUND_6_REPLIES_O), ...rowsOf(ROUND_6_REPLIES_P), ...rowsOf(ROUND_6_REPLIES_Q), ...rowsOf(ROUND_6_REPLIES_R), ...rowsOf(ROUND_6_REPLIES_S), ...rowsOf(ROUND_6_REPLIES_T), ...rowsOf(ROUND_6_REPLIES_U), ...rowsOf(ROUND_6_REPLIES_V), ...rowsOf(ROUND_6_REPLIES_W), ...rowsOf(ROUND_6_REPLIES_X), ...rowsOf(ROUND_6_REPLIES_Y), ...rowsOf(ROUND_6_REPLIES_Z), ...rowsOf(ROUND_6_REPLIES_AA), ...rowsOf(ROUND_6_REPLIES_AB), ...rowsOf(ROUND_6_REPLIES_AC), ...rowsOf(ROUND_6B_PEOPLE_A), ...rowsOf(ROUND_6B_PEOPLE_B), ...rowsOf(ROUND_6B_PEOPLE_C), ...rowsOf(ROUND_6B_PEOPLE_D), ...rowsOf(ROUND_6B_REPLIES_A), ...rowsOf(ROUND_6B_REPLIES_B), ...rowsOf(ROUND_6B_REPLIES_C), ...rowsOf(ROUND_5_CHATTER), ...rowsOf(ROUND_5_CHATTER_B), ...rowsOf(ROUND_5_CHATTER_C), ...rowsOf(ROUND_5_CHATTER_D), ...rowsOf(ROUND_5_CHATTER_E), ...rowsOf(ROUND_5_CHATTER_F), ...rowsOf(ROUND_5_CHATTER_G), ...rowsOf(ROUND_6_CHATTER), ...rowsOf(ROUND_6_EMERGENCY), ...rowsOf(ROUND_6_CHATTER_B), ...rowsOf(ROUND_6_EMERGENCY_B), ...rowsOf(ROUND_6_CHATTER_C), ...rowsOf(ROUND_6_EMERGENCY_C), ...rowsOf(ROUND_6_CHATTER_D), ...rowsOf(ROUND_6_EMERGENCY_D), ...rowsOf(ROUND_6_CHATTER_E), ...rowsOf(ROUND_6_EMERGENCY_E), ...rowsOf(ROUND_6_CHATTER_F), ...rowsOf(ROUND_6_CHATTER_G), ...rowsOf(ROUND_6_CHATTER_H), ...rowsOf(ROUND_6_EMERGENCY_F), ...rowsOf(ROUND_6_EMERGENCY_G), ...rowsOf(ROUND_6_CHATTER_I), ...rowsOf(ROUND_6_EMERGENCY_H), ...rowsOf(ROUND_6_CHATTER_J), ...rowsOf(ROUND_6_EMERGENCY_I), ...rowsOf(ROUND_6_EMERGENCY_J), ...rowsOf(ROUND_6_CHATTER_K), ...rowsOf(ROUND_6_EMERGENCY_K), ...rowsOf(ROUND_6_EMERGENCY_L), ...rowsOf(ROUND_6_EMERGENCY_M), ...rowsOf(ROUND_6_CHATTER_L), ...rowsOf(ROUND_6_CHATTER_M), ...rowsOf(ROUND_6_EMERGENCY_N), ...rowsOf(ROUND_6_CHATTER_N), ...rowsOf(ROUND_6_EMERGENCY_O), ...rowsOf(ROUND_6_EMERGENCY_P), ...rowsOf(ROUND_6_CHATTER_O), ...rowsOf(ROUND_6_CHATTER_P), ...rowsOf(ROUND_6_EMERGENCY_Q), ...rowsOf(ROUND_6_CHATTER_Q), ...rowsOf(ROUND_6_CHATTER_R), ...rowsOf(ROUND_6_EMERGENCY_R), ...rowsOf(ROUND_6_CHATTER_S), ...rowsOf(ROUND_6_EMERGENCY_S), ...rowsOf(ROUND_6_EMERGENCY_T), ...rowsOf(ROUND_6_EMERGENCY_U), ...rowsOf(ROUND_6_EMERGENCY_V), ...rowsOf(ROUND_6_EMERGENCY_W), ...rowsOf(ROUND_6_CHATTER_U), ...rowsOf(ROUND_6_EMERGENCY_X), ...rowsOf(ROUND_6_EMERGENCY_Y), ...rowsOf(ROUND_6_CHATTER_V), ...rowsOf(ROUND_6_EMERGENCY_Z), ...rowsOf(ROUND_6_EMERGENCY_AA), ...rowsOf(ROUND_6_EMERGENCY_AB), ...rowsOf(ROUND_6_CHATTER_T), ...rowsOf(ROUND_6B_EMERGENCY), ...rowsOf(ROUND_6B_EMERGENCY_B), ...rowsOf(ROUND_6B_CHATTER), ...rowsOf(ROUND_6B_CHATTER_B), ...rowsOf(ROUND_6B_CHATTER_C), ...rowsOf(ROUND_7B_EMERGENCY), ...rowsOf(ROUND_7B_EMERGENCY_B), ...rowsOf(ROUND_7B_EMERGENCY_C), ...rowsOf(ROUND_7B_EMERGENCY_D), ...rowsOf(ROUND_7B_EMERGENCY_E), ...rowsOf(ROUND_7B_CHATTER), ...rowsOf(ROUND_7B_CHATTER_B), ...rowsOf(ROUND_7B_CHATTER_C), ...rowsOf(ROUND_7B_CHATTER_D), ...rowsOf(ROUND_7B_CHATTER_E), ...rowsOf(ROUND_7B_CHATTER_F), ...rowsOf(ROUND_7_FIRE), ...rowsOf(ROUND_7_PERSON_NAMES), ...rowsOf(ROUND_7_SALTS), ...rowsOf(ROUND_7_SHORT_ONE), ...rowsOf(ROUND_7_TAKEN), ...rowsOf(ROUND_7_BOUGHT), ...rowsOf(ROUND_7_FIRE_TALK), ...rowsOf(ROUND_7_ITEMS_B), ...rowsOf(ROUND_7_ALSO), ...rowsOf(ROUND_7_ITEMS), ...rowsOf(ROUND_7_DEVICES), ...rowsOf(ROUND_7_NAMES), ...rowsOf(ROUND_7_DOOR_THEN_COUNT), ...rowsOf(ROUND_7_SELF_INTRODUCTION), ...rowsOf(ROUND_7_SELF_INTRODUCTION_B), ...rowsOf(ROUND_7_WORKPLACE_DOOR), ...rowsOf(ROUND_7_LETTERS_IN_NAMES), ...rowsOf(ROUND_7_LETTER_DIGIT_TOKENS), ...rowsOf(ROUND_7_LETTER_AND_NAME), ...rowsOf(ROUND_7_COUNT_UNIT_OF), ...rowsOf(ROUND_7_STRANGERS_ORDER), ...rowsOf(ROUND_7_LETTER_PLACES), ...rowsOf(ROUND_7_TIMES), ...rowsOf(ROUND_7_NEED_WITH_DOOR), ...rowsOf(ROUND_7B_PEOPLE_A), ...rowsOf(ROUND_7B_PEOPLE_B), ...rowsOf(ROUND_7B_REPLIES_A), ...rowsOf(ROUND_7B_REPLIES_B), ...rowsOf(ROUND_7B_PEOPLE_C), ...rowsOf(ROUND_7B_REPLIES_C), ...rowsOf(ROUND_7B_PEOPLE_D), ...rowsOf(ROUND_7B_PEOPLE_E), ...rowsOf(ROUND_7C_PEOPLE_A), ...rowsOf(ROUND_7C_PEOPLE_B), ...rowsOf(ROUND_7C_PEOPLE_C), ...rowsOf(ROUND_7C_MEDICINE), ...rowsOf(ROUND_8_HOUSEHOLD_SIZE), ...rowsOf(ROUND_8_CHAINS_LEAD_IN), ...rowsOf(ROUND_8_CHAINS_DONE_REPORT), ...rowsOf(ROUND_8_CHAINS_SAID_TWICE), ...rowsOf(ROUND_8_CHAINS_ITEM_THEN_LEADER), ...rowsOf(ROUND_8_CHAINS_ORDER_THEN_QUESTION), ...rowsOf(ROUND_8_CHAINS_WHICH_NEIGHBOUR_HAS), ...rowsOf(ROUND_8_CHAINS_MENU_TOPIC_FIRST), ...rowsOf(ROUND_8_CHAINS_NEED_THEN_HOW), ...rowsOf(ROUND_8_CHAINS_PARDON_ASKED), ...rowsOf(ROUND_8_CHAINS_CALLED_PAIN_BRAND), ...rowsOf(ROUND_8_CHAINS_PLACE_NOT_BRAND), ...rowsOf(ROUND_8_CHAINS_CLASS_THEN_NAME_APART), ...rowsOf(ROUND_8_CHAINS_COUNTED_LIST_GLUED), ...rowsOf(ROUND_8_CHAINS_STRANGER_BY_PACKAGE), ...rowsOf(ROUND_8_CHAINS_DAYS_OF_THE_SHORT_ONE), ...rowsOf(ROUND_8_CHAINS_CLASS_BY_ENDING), ...rowsOf(ROUND_8_NEIGHBOUR_ROOM), ...rowsOf(ROUND_8_OTHER_MET), ...rowsOf(ROUND_8_CHATTER_SERVICE_TOLD), ...rowsOf(ROUND_8_CHATTER_ASK_AROUND_HOW), ...rowsOf(ROUND_8_CHATTER_COMPLAINT), ...rowsOf(ROUND_8_CHATTER_ADVICE_STOCK), ...rowsOf(ROUND_8_CHATTER_NOT_OFFER), ...rowsOf(ROUND_8_CHATTER_FALL_ADVICE), ...rowsOf(ROUND_8_CHATTER_ASKED_AFTER), ...rowsOf(ROUND_8_CHATTER_FLOOR), ...rowsOf(ROUND_8_CHATTER_EXERTION), ...rowsOf(ROUND_8_CHATTER_SAME_AS_YOURS), ...rowsOf(ROUND_8_CHATTER_TENDED), ...rowsOf(ROUND_8_CHATTER_FIRST_AID_TOLD), ...rowsOf(ROUND_8_CHATTER_LATER_ORDER), ...rowsOf(ROUND_8_CHATTER_LINE_ABOVE), ...rowsOf(ROUND_8_CHATTER_EDGES), ...rowsOf(ROUND_8_CHATTER_ADVICE_THEN_NEWS), ...rowsOf(ROUND_8_CHATTER_REQUEST_BESIDE), ...rowsOf(ROUND_8_CHATTER_OFFER_BESIDE), ...rowsOf(ROUND_8_CHATTER_ASKED_THEN_NEWS), ...rowsOf(ROUND_8_CHATTER_SAT_TIRED), ...rowsOf(ROUND_8_SAID_TWICE), ...rowsOf(ROUND_8_HOMOPHONES), ...rowsOf(ROUND_8_SUPPLIES), ...rowsOf(ROUND_8_DOES_IT_COUNT), ...rowsOf(ROUND_8_BATTERIES), ...rowsOf(ROUND_8_SETTLED_NAME), ...rowsOf(ROUND_8_ASKED_OF_THE_BOT), ...rowsOf(ROUND_8_HEARD_IT_DOES), ...rowsOf(ROUND_8_FOUND_ON_THE_FLOOR), ...rowsOf(ROUND_8_WULI), ...rowsOf(ROUND_8_WHAT_I_REPORTED), ...rowsOf(ROUND_8_TAKEN_BACK), ...rowsOf(ROUND_8_RECORD_MY_ADDRESS), ...rowsOf(ROUND_8_THINGS_FETCHED), ...rowsOf(ROUND_8_WHEREVER_NEEDED), ...rowsOf(ROUND_8_SEE_A_DOCTOR), ...rowsOf(ROUND_8_NOT_HEARD_FROM), ...rowsOf(ROUND_8_LONG_ENGLISH), ...rowsOf(ROUND_8_BABY_DIAPERS), ...rowsOf(ROUND_8_PROPOSED_OR_DESCRIBED), ...rowsOf(ROUND_9_DENIED_NAME), ...rowsOf(ROUND_9_ASKED_AFTER), ...rowsOf(ROUND_9_MY_MEDICINE_WHEN), ...rowsOf(ROUND_9_SUPPLIES), ...rowsOf(ROUND_9_ORDER_LAST_TIME), ...rowsOf(ROUND_9_ORDER_ONE_DECLINED), ...rowsOf(ROUND_9_NOT_ASKED_FOR), ...rowsOf(ROUND_9_NOT_A_NAME), ...rowsOf(ROUND_9_NAMES_ABROAD), ...rowsOf(ROUND_9_DAYS_IN_ENGLISH), ...rowsOf(ROUND_9_SAID_SHORT_THEN_FULL), ...rowsOf(ROUND_9_MYDATA_HOUSEHOLD), ...rowsOf(ROUND_9_TASK_REPLIES), ...rowsOf(ROUND_9_SIGNUP_FAMILY_BEFORE), ...rowsOf(ROUND_9_OFFERS), ...rowsOf(ROUND_9_MOVED), ...rowsOf(ROUND_9_HELP), ...rowsOf(ROUND_9_NEED_AT_THE_END), ...rowsOf(ROUND_9_RUNNY_NOSE), ...rowsOf(ROUND_9_ASKED_BY_FORM), ...rowsOf(ROUND_9_CALL_ME)];
  it.each(score(router, all).map((s) => [s.context, s.text, s] as const))('%s: %s', (_context, _text, s) => {
    expect({ intent: s.predicted, fields: s.fieldsRight === false ? s.predictedFields : s.fields }).toEqual({ intent: s.intent, fields: s.fields });
  });
});

describe('medicine relayed for several households is one request per household, each with only its own', () => {
  /** Each household's request as the medicine reading carries it, written as the probes write it. */
  const households = (context: string, text: string): string => {
    const prepared = router.read({ text, isGroup: !context.startsWith('private') });
    if (prepared.kind !== 'text') return `(${prepared.kind})`;
    const u = router.understand(prepared.text, situationOfContext(context, prepared.addressed), prepared.lang);
    const draft = ('reading' in u.decision ? u.decision.reading.args : undefined) as MedicineDraft | undefined;
    return (draft?.households ?? [])
      .map((h) => [
        `${h.door ? doorKey(h.door) : '?'}:${h.items.map((i) => `${i.name}×${i.quantity ?? '?'}`).join('、')}`,
        ...(h.daysLeft !== undefined ? [`days=${h.daysLeft}`] : []),
        ...(h.patient ? [`patient=${h.patient}`] : []),
      ].join(';'))
      .join('|');
  };
  it.each(RELAY_PROBES)('%s: %s', (context, text, _intent, _fields, want) => {
    expect(households(context, text)).toBe(want);
  });
});

describe('every reading says why', () => {
  it.each([
    ['group', '我外公没有呼吸了 怎么办怎么办', '没有呼吸'],
    ['group', '我的降压药快吃完了', '降压药'],
    ['reply:task', '接!马上下楼', '接'],
  ])('%s: %s names the words that decided it', (context, text, word) => {
    const u = router.understand(text, situationOfContext(context, false), 'zh-CN');
    const best = u.readings[0]!;
    expect(best.evidence.join(' ')).toContain(word);
  });
});

describe('one decision from the readings', () => {
  const reading = (intent: string, confidence: number): Reading => ({ intent, command: intent, via: 'recognise', confidence, evidence: [] });
  const group = bareSituation(true, false);
  const privately = bareSituation(false, false);

  it('clear acts, likely asks, unclear is silence in a group and a guess in private', () => {
    expect(decide([reading('medicine', 0.9)], group).kind).toBe('act');
    expect(decide([reading('medicine', 0.6)], group).kind).toBe('ask');
    expect(decide([reading('medicine', 0.3)], group).kind).toBe('silence');
    expect(decide([reading('medicine', 0.3)], privately).kind).toBe('guess');
    expect(decide([], privately).kind).toBe('guess');
    expect(decide([], bareSituation(true, true)).kind).toBe('guess');
  });

  it('two clear readings of different things too close to call are asked, not guessed at', () => {
    expect(decide([reading('order', 0.9), reading('home', 0.85)], privately).kind).toBe('ask');
    expect(decide([reading('order', 0.9), reading('home', 0.8)], privately).kind).toBe('act');
  });

  it('danger goes first: an uncertain emergency is asked even beside chatter', () => {
    expect(decide([reading('emergency', 0.6)], group)).toMatchObject({ kind: 'ask', reading: { intent: 'emergency' } });
    expect(decide([reading('emergency', 0.95), reading('medicine', 0.92)], group)).toMatchObject({ kind: 'act', reading: { intent: 'emergency' } });
  });
});
