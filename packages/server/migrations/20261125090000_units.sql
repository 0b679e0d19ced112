-- Units: the organisations directives assign tasks to, in a hierarchy
-- (province → departments, communes, party bodies → their divisions).
create extension if not exists pg_trgm;

create table units (
  id serial primary key,
  parent_id integer references units (id) on delete restrict,
  kind text not null check (kind in ('province', 'department', 'commune', 'party', 'agency', 'division', 'other')),
  name text not null,
  short_name text,
  aliases text[] not null default '{}',
  slug text not null unique,
  -- folded name, short name and aliases (no marks, đ → d, lower case) for accent-insensitive search
  search_text text not null,
  created_at timestamptz not null default now()
);

create index units_parent_id on units (parent_id);
create index units_search_text_trgm on units using gin (search_text gin_trgm_ops);
