import type { GlobalAbilities } from './api/schema';

/**
 * The screens only some users may use, and the ability the server reports for each: the menu offers
 * them, and the route opens them, by this one table (a link typed or pasted is checked too).
 */
const RESTRICTED: Record<string, (may: GlobalAbilities) => boolean> = {
  '/hang-cho': (may) => may.canVerify || may.canDecideExtensions || may.canHandleObstacles,
  '/nhap-van-ban': (may) => may.canImport,
  '/quan-tri': (may) => may.canAdmin,
  '/cau-hinh-nhac-viec': (may) => may.canManageSettings,
  '/bao-cao': (may) => may.canReadReports,
};

export function mayOpen(abilities: GlobalAbilities | undefined, path: string): boolean {
  const rule = RESTRICTED[path];
  if (!rule) return true;
  return abilities ? rule(abilities) : false;
}
