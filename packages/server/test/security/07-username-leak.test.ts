import * as argon2 from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWorld, PASSWORD, type World } from '../api-harness';
import { testEngines } from '../engines';
import { loginFrom } from './login-helpers';

vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});

/** Everything a client sees of an answer but the date. */
async function answer(res: Response) {
  const headers = [...res.headers.entries()].filter(([k]) => k !== 'date');
  return { status: res.status, headers, body: await res.text() };
}

describe.each(testEngines())('#10.7 login does not tell which names exist, on %s', (engine) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(engine);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('#10.7 an unknown name costs the same password check as a known one', async () => {
    const verify = vi.mocked(argon2.verify);
    verify.mockClear();
    await loginFrom(world, 'canbo.taichinh', 'sai-mat-khau', '192.0.2.10');
    const known = verify.mock.calls.length;
    verify.mockClear();
    await loginFrom(world, 'khong-ton-tai', 'sai-mat-khau', '192.0.2.10');
    expect(known).toBe(1);
    expect(verify.mock.calls.length).toBe(known);
  });

  it('#10.7 unknown and known names get the same answers, throttling included', async () => {
    const known: Awaited<ReturnType<typeof answer>>[] = [];
    const unknown: Awaited<ReturnType<typeof answer>>[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await answer(await loginFrom(world, 'lanhdao', 'sai-mat-khau', '192.0.2.20')));
      unknown.push(await answer(await loginFrom(world, 'lanhdao-gia', 'sai-mat-khau', '192.0.2.21')));
    }
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(unknown).toEqual(known);
  });

  it('#10.7 five wrong passwords from a stranger do not lock the admin out', async () => {
    for (let i = 0; i < 10; i++) await loginFrom(world, 'admin', `doan-${i}`, '192.0.2.66');
    expect((await loginFrom(world, 'admin', PASSWORD, '192.0.2.66')).status).toBe(429);
    expect((await loginFrom(world, 'admin', PASSWORD, '198.51.100.1')).status).toBe(200);
  });
});
