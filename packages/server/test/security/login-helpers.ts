import type { World } from '../api-harness';

/** A login as @hono/node-server would hand it over, from a socket at `address`. */
export function loginFrom(world: World, username: string, password: string, address = '198.51.100.7') {
  return world.app.request(
    '/api/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    },
    { incoming: { socket: { remoteAddress: address } } },
  );
}

export function countStatuses(responses: Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}
