import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, type World } from '../api-harness';
import { testEngines } from '../engines';
import { countStatuses, loginFrom } from './login-helpers';

describe.each(testEngines())(
  '#10.1 login attempts counted before the password is checked, on %s',
  (engine) => {
    let world: World;
    beforeAll(async () => {
      world = await createWorld(engine);
    });
    afterAll(async () => {
      await world?.close();
    });

    it('#10.1 a parallel burst of 100 wrong passwords has at most five checked', async () => {
      const burst = await Promise.all(
        Array.from({ length: 100 }, () => loginFrom(world, 'canbo.khcn', 'sai-mat-khau', '203.0.113.1')),
      );
      const counts = countStatuses(burst);
      expect(counts[401]).toBeLessThanOrEqual(5);
      expect(counts[429]).toBeGreaterThanOrEqual(95);
      expect((counts[401] ?? 0) + (counts[429] ?? 0)).toBe(100);
    });

    it('#10.1 the right password inside a burst of 200 guesses does not get in', async () => {
      const guesses = Array.from({ length: 200 }, (_, i) => (i === 120 ? PASSWORD : `doan-sai-${i}`));
      const burst = await Promise.all(guesses.map((p) => loginFrom(world, 'canbo.phong', p, '203.0.113.2')));
      expect(burst[120]!.status).toBe(429);
      expect(burst.filter((r) => r.status === 200)).toHaveLength(0);
    });

    it('#10.1 one address spraying one guess over many names is stopped', async () => {
      const names = Array.from({ length: 40 }, (_, i) => `nguoi-dung-${i}`);
      const statuses: number[] = [];
      for (const name of [...names, 'vanphong']) {
        statuses.push((await loginFrom(world, name, 'Matkhau@2025', '203.0.113.3')).status);
      }
      expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
      // the same password from another address still works: the address is throttled, not the account
      expect((await loginFrom(world, 'vanphong', PASSWORD, '203.0.113.4')).status).toBe(200);
    });

    it('#10.1 one name guessed from many addresses is stopped too, and a window later it is free again', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 110; i++) {
        statuses.push(
          (await loginFrom(world, 'xem.khcn', `sai-${i}`, `10.1.${Math.floor(i / 4)}.${i % 4}`)).status,
        );
      }
      expect(statuses.slice(0, 100).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(100).every((s) => s === 429)).toBe(true);
      world.clock.now = new Date(world.clock.now.getTime() + 16 * 60_000);
      expect((await loginFrom(world, 'xem.khcn', PASSWORD, '10.9.9.9')).status).toBe(200);
    });
  },
);
