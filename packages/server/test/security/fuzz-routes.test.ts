import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/passwords';
import { createWorld, PASSWORD, type World } from '../api-harness';
import { testEngines } from '../engines';
import { brokenBody, fromSchema, type JsonSchema, pathParam, queryValue } from './fuzz-arbitraries';
import { publishTask } from './published';

/**
 * Every route of the OpenAPI document, called with inputs drawn from its own schema (mostly valid,
 * sometimes hostile: NUL bytes, impossible dates, ids past 2^31, broken JSON and multipart).
 * Whatever comes in, the answer is never a 500. The seed is fixed, so a failure repeats.
 */
const SEED = 20261203;
const RUNS_PER_ROUTE = 30;
const USERS = ['admin', 'vanphong', 'canbo.khcn'] as const;

interface Operation {
  method: string;
  path: string;
  parameters?: { name: string; in: 'path' | 'query'; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

interface Case {
  user: (typeof USERS)[number];
  url: string;
  method: string;
  body?: string | FormData;
  contentType?: string;
}

/** Routes that end the caller's session or change accounts run last, on accounts the fuzz owns. */
const LAST = ['/api/users/{id}', '/api/auth/login', '/api/auth/logout'];

function casesFor(op: Operation, throwawayUserIds: number[]): fc.Arbitrary<Case> {
  const params = op.parameters ?? [];
  const pathArbs = Object.fromEntries(
    params
      .filter((p) => p.in === 'path')
      .map((p) => [
        p.name,
        op.path === '/api/users/{id}'
          ? fc.constantFrom(...throwawayUserIds.map(String), '2147483648', '0')
          : pathParam(p.name),
      ]),
  );
  const queryArbs = Object.fromEntries(
    params.filter((p) => p.in === 'query').map((p) => [p.name, queryValue(p.schema)]),
  );
  const content = op.requestBody?.content ?? {};
  const json = content['application/json']?.schema;
  const multipart = content['multipart/form-data'];
  const csv = op.method === 'post' && op.path.endsWith('/import') && !json && !multipart;
  const body: fc.Arbitrary<{ body?: string | FormData; contentType?: string }> = json
    ? fc.oneof(
        {
          weight: 4,
          arbitrary: fromSchema(json).map((v) => ({
            body: JSON.stringify(v),
            contentType: 'application/json',
          })),
        },
        { weight: 1, arbitrary: brokenBody },
      )
    : multipart
      ? fc.oneof(
          {
            weight: 3,
            arbitrary: fc
              .tuple(
                fc.oneof(
                  fc.uint8Array({ maxLength: 300 }),
                  fc.string().map((s) => new TextEncoder().encode(s)),
                ),
                fc.string({ maxLength: 40 }),
              )
              .map(([bytes, name]) => {
                const form = new FormData();
                form.append('file', new File([new Uint8Array(bytes)], name || 'x'));
                return { body: form };
              }),
          },
          { weight: 1, arbitrary: brokenBody },
        )
      : csv
        ? fc.oneof(
            fc
              .array(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), { maxLength: 4 })
              .map((rows) => ({
                body: [
                  'name,short_name,kind,parent,aliases',
                  ...rows.map((r) => r.map((c) => JSON.stringify(c)).join(',')),
                ].join('\n'),
                contentType: 'text/csv',
              })),
            brokenBody,
          )
        : fc.constant({});
  return fc
    .record({
      user: fc.constantFrom(...USERS),
      path: fc.record(pathArbs),
      query: fc.record(queryArbs, { requiredKeys: [] }),
      body,
    })
    .map(({ user, path, query, body }) => {
      const url =
        op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURI(String(path[name]))) +
        (Object.keys(query).length
          ? `?${new URLSearchParams(query as Record<string, string>).toString()}`
          : '');
      return { user, url, method: op.method.toUpperCase(), ...body };
    });
}

describe.each(testEngines())('#10.13 fuzzing every route from its schema, on %s', (engine) => {
  let world: World;
  const sessions = new Map<string, { cookie: string; csrf: string }>();
  const signIn = async (username: string) => {
    const res = await world.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (res.status !== 200) return;
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    sessions.set(username, { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: csrfToken });
  };

  beforeAll(async () => {
    world = await createWorld(engine);
    await publishTask(world);
    for (const u of USERS) await signIn(u);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('#10.13 no input makes any route answer 500', async () => {
    const doc = (await (await world.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
    };
    const hash = await hashPassword(PASSWORD);
    const throwaway = await world.database.db
      .insertInto('users')
      .values(
        ['fuzz.a', 'fuzz.b'].map((username) => ({
          username,
          display_name: username,
          role: 'viewer' as const,
          password_hash: hash,
        })),
      )
      .returning('id')
      .execute();
    const operations = Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ ...op, method, path })))
      .sort((a, b) => LAST.indexOf(a.path) - LAST.indexOf(b.path));
    const failures: string[] = [];
    let cases = 0;
    for (const op of operations) {
      const sample = fc.sample(
        casesFor(
          op,
          throwaway.map((u) => u.id),
        ),
        { seed: SEED, numRuns: RUNS_PER_ROUTE },
      );
      for (const c of sample) {
        const session = sessions.get(c.user) ?? sessions.get('admin');
        const headers: Record<string, string> = session
          ? { cookie: session.cookie, 'x-csrf-token': session.csrf }
          : {};
        if (c.contentType) headers['content-type'] = c.contentType;
        const res = await world.app.request(c.url, {
          method: c.method,
          headers,
          ...(c.body === undefined || c.method === 'GET' ? {} : { body: c.body }),
        });
        cases++;
        if (res.status >= 500) {
          failures.push(
            `${c.method} ${c.url} as ${c.user} → ${res.status} ${typeof c.body === 'string' ? c.body.slice(0, 200) : ''}`,
          );
        }
        await res.arrayBuffer();
        if (res.status === 401 && !op.path.startsWith('/api/auth/login')) await signIn(c.user);
      }
    }
    console.info(
      `fuzz on ${engine}: ${cases} cases over ${operations.length} routes, ${failures.length} answered 500`,
    );
    expect(failures).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(34);
  }, 600_000);
});
