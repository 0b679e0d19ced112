import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { hashPassword } from '../src/auth/passwords';
import type { Database, Engine } from '../src/db/database';
import type { Role } from '../src/db/schema';
import { diskFileStore, type FileStore } from '../src/files/file-store';
import { type AppDeps, createApp } from '../src/http/app';
import { insertGroup } from '../src/units/unit-directory';
import { insertUnit } from '../src/units/unit-repository';
import { freshDatabase } from './engines';

export const PASSWORD = 'mat-khau-thu-nghiem';

/** A small province: a standing office, a department with a division below it, another department, two communes. */
export interface World {
  database: Database;
  app: ReturnType<typeof createApp>;
  clock: { now: Date };
  units: {
    province: number;
    office: number;
    science: number;
    division: number;
    finance: number;
    communeA: number;
    communeB: number;
  };
  groups: { departments: number; communes: number };
  files: FileStore;
  close(): Promise<void>;
  as(username: string): Promise<Client>;
}

export interface Client {
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
  patch(path: string, body: unknown): Promise<Response>;
  upload(path: string, bytes: Uint8Array, name: string): Promise<Response>;
  /** Any request, with this user's cookie and CSRF token added. */
  raw(path: string, init: { method: string; body?: string; contentType?: string }): Promise<Response>;
  csrf: string;
}

export async function createWorld(
  engine: Engine,
  { fromCopy, ...options }: Pick<AppDeps, 'extractLimits'> & { fromCopy?: boolean } = {},
): Promise<World> {
  const database = await freshDatabase(engine, { fromCopy });
  const db = database.db;
  const province = await insertUnit(db, {
    parentId: null,
    kind: 'province',
    name: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
  });
  const office = await insertUnit(db, {
    parentId: province.id,
    kind: 'department',
    name: 'Văn phòng Ủy ban nhân dân tỉnh',
  });
  const science = await insertUnit(db, {
    parentId: province.id,
    kind: 'department',
    name: 'Sở Khoa học và Công nghệ',
    shortName: 'Sở KH&CN',
  });
  const division = await insertUnit(db, {
    parentId: science.id,
    kind: 'division',
    name: 'Phòng Chuyển đổi số',
  });
  const finance = await insertUnit(db, { parentId: province.id, kind: 'department', name: 'Sở Tài chính' });
  const communeA = await insertUnit(db, {
    parentId: province.id,
    kind: 'commune',
    name: 'Ủy ban nhân dân xã An Phú',
  });
  const communeB = await insertUnit(db, {
    parentId: province.id,
    kind: 'commune',
    name: 'Ủy ban nhân dân xã Bình Minh',
  });
  const departments = await insertGroup(db, {
    name: 'Các sở, ban, ngành',
    aliases: ['Các sở, ban, ngành tỉnh'],
    memberIds: [science.id, finance.id],
  });
  const communes = await insertGroup(db, {
    name: 'Ủy ban nhân dân các xã, phường',
    aliases: ['UBND các xã, phường'],
    memberIds: [communeA.id, communeB.id],
  });
  const hash = await hashPassword(PASSWORD);
  const users: [string, Role, number | null][] = [
    ['admin', 'admin', null],
    ['lanhdao', 'leader', province.id],
    ['vanphong', 'standing_office', office.id],
    ['canbo.khcn', 'officer', science.id],
    ['canbo.phong', 'officer', division.id],
    ['canbo.taichinh', 'officer', finance.id],
    ['xem.khcn', 'viewer', science.id],
  ];
  await db
    .insertInto('users')
    .values(
      users.map(([username, role, unit_id]) => ({
        username,
        display_name: username,
        role,
        unit_id,
        password_hash: hash,
      })),
    )
    .execute();

  const clock = { now: new Date('2025-03-01T02:00:00Z') };
  const files = diskFileStore(path.join(mkdtempSync(path.join(tmpdir(), 'dondoc-files-')), 'files'));
  const app = createApp({
    database,
    logger: pino({ level: 'silent' }),
    files,
    dueSoonDays: 7,
    now: () => clock.now,
    ...options,
  });

  const as = async (username: string): Promise<Client> => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken };
    const send = (method: string) => async (p: string, body?: unknown) =>
      app.request(p, {
        method,
        headers: { ...headers, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    return {
      csrf: csrfToken,
      get: async (p) => app.request(p, { headers }),
      post: send('POST'),
      patch: (p, body) => send('PATCH')(p, body),
      raw: async (p, init) =>
        app.request(p, {
          method: init.method,
          headers: { ...headers, ...(init.contentType ? { 'content-type': init.contentType } : {}) },
          ...(init.body === undefined ? {} : { body: init.body }),
        }),
      upload: async (p, bytes, name) => {
        const form = new FormData();
        form.append('file', new File([new Uint8Array(bytes)], name));
        return app.request(p, { method: 'POST', headers, body: form });
      },
    };
  };

  return {
    database,
    app,
    clock,
    units: {
      province: province.id,
      office: office.id,
      science: science.id,
      division: division.id,
      finance: finance.id,
      communeA: communeA.id,
      communeB: communeB.id,
    },
    groups: { departments, communes },
    files,
    close: () => database.close(),
    as,
  };
}
