import { expect } from 'vitest';
import type { World } from '../api-harness';

/**
 * Publishes one task led by the science department and the finance department, and returns the
 * id of each one's assignment.
 */
export async function publishTask(world: World): Promise<{ science: number; finance: number }> {
  const office = await world.as('vanphong');
  const text = [
    'Kính gửi: Sở Tài chính',
    '1. Giao Sở Khoa học và Công nghệ, Sở Tài chính thực hiện việc rà soát, hoàn thành trước ngày 30/6/2025.',
  ].join('\n');
  const draft = (await (await office.post('/api/directives/import', { text })).json()) as {
    id: number;
    version: number;
  };
  const published = await office.post(`/api/directives/${draft.id}/publish`, { version: draft.version });
  expect(published.status).toBe(200);
  const list = (await (
    await (await world.as('lanhdao')).get(`/api/assignments?directiveId=${draft.id}&pageSize=200`)
  ).json()) as { items: { id: number; unit: { id: number } }[] };
  const of = (unitId: number) => list.items.find((a) => a.unit.id === unitId)!.id;
  return { science: of(world.units.science), finance: of(world.units.finance) };
}
