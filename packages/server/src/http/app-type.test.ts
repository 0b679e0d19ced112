import { hc } from 'hono/client';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createWorld, PASSWORD, type World } from '../../test/api-harness';
import { testEngines } from '../../test/engines';
import type { AppType } from './app-type';

/** The typed client the web uses (`hc<AppType>`), against the real app: inputs and outputs are typed. */
describe.each(testEngines())('a typed client from AppType, on %s', (engine) => {
  let world: World;
  let client: ReturnType<typeof hc<AppType>>;
  beforeAll(async () => {
    world = await createWorld(engine);
    const anonymous = hc<AppType>('http://dondoc.test', {
      fetch: (input: string | URL | Request, init?: RequestInit) => world.app.request(input, init),
    });
    const login = await anonymous.api.auth.login.$post({ json: { username: 'admin', password: PASSWORD } });
    expect(login.status).toBe(200);
    const { csrfToken } = await login.json();
    expectTypeOf(csrfToken).toEqualTypeOf<string>();
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    client = hc<AppType>('http://dondoc.test', {
      fetch: (input: string | URL | Request, init?: RequestInit) => world.app.request(input, init),
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  it('reads the signed-in user with its abilities, typed', async () => {
    const res = await client.api.auth.me.$get();
    expect(res.status).toBe(200);
    const { user } = await res.json();
    expectTypeOf(user.username).toEqualTypeOf<string>();
    expectTypeOf(user.abilities.canAdmin).toEqualTypeOf<boolean>();
    expect(user.username).toBe('admin');
  });

  it('sends a typed query and reads a typed page of assignments', async () => {
    const res = await client.api.assignments.$get({ query: { page: '1', pageSize: '5', color: 'red' } });
    expect(res.status).toBe(200);
    const page = await res.json();
    expectTypeOf(page.items).toBeArray();
    expect(Array.isArray(page.items)).toBe(true);
    // @ts-expect-error: a colour outside the closed set does not type-check
    await client.api.assignments.$get({ query: { color: 'blue' } });
  });

  it('a body the schema refuses still answers the Vietnamese 400', async () => {
    const res = await client.api.users.$post({
      // @ts-expect-error: a role outside ROLES does not type-check
      json: { username: 'x', displayName: 'X', role: 'king', unitId: null, password: 'short' },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as unknown as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: 'validation_failed', message: 'Dữ liệu không hợp lệ.' });
  });
});
