import {
  ASSIGNMENT_ROLES,
  ASSIGNMENT_STATES,
  CALENDAR_DAY_KINDS,
  COLORS,
  DIRECTIVE_STATUSES,
  DUE_TYPES,
  EXTENSION_STATES,
  JOB_STATES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TOPICS,
  OBSTACLE_STATES,
  OBSTACLE_STEPS,
  RHYTHMS,
  ROLES,
  TIMELINESS,
  TOKEN_SCOPES,
  UNIT_KINDS,
  VERIFICATION_DECISIONS,
} from '@dondoc/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { freshDatabase, testEngines } from './engines';

/** Each CHECK (column in (…)) of the migrated database, and the domain's array it must equal. */
const EXPECTED: Record<string, readonly string[]> = {
  'units.kind': UNIT_KINDS,
  'users.role': ROLES,
  'api_tokens.scope': TOKEN_SCOPES,
  'directives.status': DIRECTIVE_STATUSES,
  'tasks.due_type': DUE_TYPES,
  'tasks.every': RHYTHMS,
  'task_units.role': ASSIGNMENT_ROLES,
  'assignments.role': ASSIGNMENT_ROLES,
  'assignments.state': ASSIGNMENT_STATES,
  'assignments.status_color': COLORS,
  'assignments.timeliness': TIMELINESS,
  'extensions.state': EXTENSION_STATES,
  'verifications.decision': VERIFICATION_DECISIONS,
  'progress_reports.obstacle_state': OBSTACLE_STATES,
  'obstacle_actions.action': OBSTACLE_STEPS,
  'calendar_days.kind': CALENDAR_DAY_KINDS,
  'jobs.state': JOB_STATES,
  'notification_preferences.channel': NOTIFICATION_CHANNELS,
  'notification_preferences.topic': NOTIFICATION_TOPICS,
};

describe.each(testEngines())('the closed sets of the domain and the database, on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('every CHECK listing values equals the domain array of its column, and each array has its CHECK', async () => {
    const { rows } = await sql<{ tbl: string; col: string; def: string }>`
      select c.relname as tbl, a.attname as col, pg_get_constraintdef(k.oid) as def
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
      where k.contype = 'c' and n.nspname = current_schema() and array_length(k.conkey, 1) = 1
    `.execute(database.db);
    const found: Record<string, string[]> = {};
    for (const r of rows) {
      // CHECK ((kind = ANY (ARRAY['province'::text, …]))): the sets; ranges (percent) have no quoted values
      const values = [...r.def.matchAll(/'([^']*)'::text/g)].map((m) => m[1] as string);
      if (values.length > 0) found[`${r.tbl}.${r.col}`] = values;
    }
    expect(found).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, [...v]])));
  });
});
