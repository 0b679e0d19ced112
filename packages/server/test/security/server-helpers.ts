import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import type { Engine } from '../../src/db/database';
import { parseEnv } from '../../src/env';
import { type RunningServer, type StartOptions, startServer } from '../../src/server';

export function tempDir(prefix = 'dondoc-sec-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A database nobody has used yet on the PostgreSQL server (not migrated, unlike engines.ts). */
export async function emptyPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `dondoc_sec_${randomBytes(6).toString('hex')}`;
  const admin = async (q: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(q);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** The configuration a real start would read, for one engine: DATA_DIR always, DATABASE_URL for the server. */
export function envFor(
  engine: Engine,
  dataDir: string,
  databaseUrl?: string,
  extra: Record<string, string> = {},
) {
  return {
    ...parseEnv({
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      ...(engine === 'postgres' ? { DATABASE_URL: databaseUrl } : {}),
      DONDOC_DEMO_CORPUS: path.join(dataDir, 'no-corpus'),
      ...extra,
    }),
    PORT: 0,
  };
}

export interface Started {
  server: RunningServer;
  url: string;
}

export async function start(env: ReturnType<typeof envFor>, options: StartOptions = {}): Promise<Started> {
  const server = await startServer(env, pino({ level: 'silent' }), options);
  return { server, url: `http://127.0.0.1:${server.port}` };
}

/** Logs in over HTTP; returns the status and, on success, a cookie and CSRF token. */
export async function httpLogin(url: string, username: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await res.json()) as { csrfToken?: string };
  return { status: res.status, cookie, csrf: body.csrfToken ?? '' };
}
