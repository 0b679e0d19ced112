import type { ColumnType, Generated } from 'kysely';

/** Row types of every table, as the migrations create them. */
export interface Schema {
  schema_migrations: {
    name: string;
    applied_at: ColumnType<Date, never, never>;
  };
  units: UnitsTable;
}

export type UnitKind = 'province' | 'department' | 'commune' | 'party' | 'agency' | 'division' | 'other';

export interface UnitsTable {
  id: Generated<number>;
  parent_id: number | null;
  kind: UnitKind;
  name: string;
  short_name: string | null;
  aliases: ColumnType<string[], string[] | undefined, string[]>;
  slug: string;
  search_text: string;
  created_at: ColumnType<Date, never, never>;
}
