import type { Db } from '../../../src/db/open.js';
import type { Member } from '../../../src/services/members.js';
import { isHouseArea } from '../../../src/kernel/fields/door.js';

/**
 * Members of a community who recorded a home in a building, by door. `building` is written as
 * parseBuilding writes it ("5", "B区5"); a home with a unit ("5-2") belongs to building 5.
 */
export function residentsOfBuilding(db: Db, communityId: number, building: string): Member[] {
  // A lane or village group (「56弄」, 「12组」) is its houses: every home with it as its area.
  if (isHouseArea(building)) {
    return db
      .prepare(`SELECT * FROM members WHERE community_id = ? AND home_area = ? ORDER BY CAST(home_building AS INTEGER), home_room`)
      .all(communityId, building) as Member[];
  }
  const m = /^(.+)区(.+)$/.exec(building);
  const area = m ? m[1]! : null;
  const number = m ? m[2]! : building;
  return db
    .prepare(
      `SELECT * FROM members WHERE community_id = ? AND home_area IS ? AND (home_building = ? OR home_building LIKE ? ESCAPE '\\')
       ORDER BY home_building, CAST(home_room AS INTEGER), home_room`,
    )
    .all(communityId, area, number, `${number.replace(/[%_\\]/g, '\\$&')}-%`) as Member[];
}
