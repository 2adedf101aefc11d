import type { Capability } from '../src/runtime/capability.js';
import { bulletin } from './bulletin/index.js';
import { community } from './community/index.js';
import { desk } from './desk/index.js';
import { emergency } from './emergency/index.js';
import { groupbuy } from './groupbuy/index.js';
import { medicine } from './medicine/index.js';
import { trust } from './trust/index.js';
import { volunteering } from './volunteering/index.js';
import { wechat } from './wechat/index.js';
import { wecom } from './wecom/index.js';

/**
 * Every capability linli has, in the order /help lists them. Adding one is a folder, a test folder,
 * a migration and a line here (docs/CONTRIBUTING.md). Only the app imports this list.
 */
export const allCapabilities: Capability[] = [community, bulletin, trust, volunteering, emergency, medicine, groupbuy, wechat, wecom, desk];
