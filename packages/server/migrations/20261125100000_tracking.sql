-- Tracking: groups, people, directives and their tasks, assignments and everything done to them.

create table unit_groups (
  id serial primary key,
  name text not null unique,
  aliases text[] not null default '{}',
  search_text text not null
);

create table unit_group_members (
  group_id integer not null references unit_groups (id) on delete cascade,
  unit_id integer not null references units (id) on delete cascade,
  primary key (group_id, unit_id)
);

create table users (
  id serial primary key,
  username text not null unique,
  display_name text not null,
  role text not null check (role in ('admin', 'leader', 'standing_office', 'officer', 'viewer')),
  unit_id integer references units (id),
  password_hash text not null,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  disabled boolean not null default false,
  created_at timestamptz not null default now()
);

-- server-side sessions: the cookie carries a random token, the table only its SHA-256
create table sessions (
  token_hash text primary key,
  user_id integer not null references users (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user_id on sessions (user_id);

create table api_tokens (
  id serial primary key,
  user_id integer not null references users (id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- files are stored once, by the SHA-256 of their content
create table files (
  sha256 text primary key,
  size bigint not null,
  media_type text not null,
  created_at timestamptz not null default now()
);

create table programmes (
  id serial primary key,
  code text not null unique,
  name text not null
);

create table directives (
  id serial primary key,
  status text not null default 'draft' check (status in ('draft', 'published')),
  kind text not null,
  number text,
  issuer text,
  issued_on date,
  subject text,
  signer text,
  recipients text[] not null default '{}',
  standing_unit_id integer references units (id),
  source_sha256 text references files (sha256),
  source_name text,
  source_text text not null default '',
  version integer not null default 1,
  created_by integer references users (id),
  created_at timestamptz not null default now(),
  published_at timestamptz,
  search_text text not null default ''
);

create table directive_programmes (
  directive_id integer not null references directives (id) on delete cascade,
  programme_id integer not null references programmes (id),
  primary key (directive_id, programme_id)
);

create table tasks (
  id serial primary key,
  directive_id integer not null references directives (id) on delete cascade,
  position integer not null,
  ref text not null default '',
  text text not null,
  due_type text not null default 'none' check (due_type in ('date', 'period', 'recurring', 'ongoing', 'none')),
  due_date date,
  due_label text,
  every text check (every in ('day', 'week', 'month', 'quarter', 'year')),
  targets jsonb not null default '[]',
  spans jsonb not null default '[]',
  warnings text[] not null default '{}',
  search_text text not null default ''
);
create index tasks_directive_id on tasks (directive_id, position);
create index tasks_search_text_trgm on tasks using gin (search_text gin_trgm_ops);

-- the units a draft task names, as written and as matched to the directory (a unit or a group)
create table task_units (
  id serial primary key,
  task_id integer not null references tasks (id) on delete cascade,
  role text not null check (role in ('lead', 'support')),
  name text not null,
  unit_id integer references units (id),
  group_id integer references unit_groups (id),
  match_kind text not null default 'none'
);
create index task_units_task_id on task_units (task_id);

create table assignments (
  id serial primary key,
  task_id integer not null references tasks (id) on delete cascade,
  unit_id integer not null references units (id),
  role text not null check (role in ('lead', 'support')),
  parent_id integer references assignments (id),
  state text not null default 'assigned' check (state in ('assigned', 'in_progress', 'claimed', 'done', 'cancelled')),
  original_due_date date,
  due_date date,
  percent integer not null default 0 check (percent between 0 and 100),
  assigned_at timestamptz not null default now(),
  claimed_at timestamptz,
  done_at timestamptz,
  returned boolean not null default false,
  cancel_reason text,
  last_report_at timestamptz,
  missed_periods integer not null default 0,
  -- computed by the domain's status rules on every change and by the status job as time passes
  status_color text check (status_color in ('green', 'yellow', 'red')),
  timeliness text check (timeliness in ('done_on_time', 'done_late', 'open_within_deadline', 'open_overdue')),
  flags text[] not null default '{}',
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  unique (task_id, unit_id, role)
);
create index assignments_unit_id on assignments (unit_id, status_color);
create index assignments_due_date on assignments (due_date);
create index assignments_status on assignments (status_color, timeliness);

create table progress_reports (
  id bigserial primary key,
  assignment_id integer not null references assignments (id) on delete cascade,
  author_id integer references users (id),
  percent integer not null check (percent between 0 and 100),
  narrative text not null default '',
  obstacles text not null default '',
  created_at timestamptz not null default now()
);
create index progress_reports_assignment_id on progress_reports (assignment_id, created_at);

create table report_evidence (
  id bigserial primary key,
  report_id bigint not null references progress_reports (id) on delete cascade,
  file_sha256 text references files (sha256),
  file_name text,
  url text,
  check (file_sha256 is not null or url is not null)
);
create index report_evidence_report_id on report_evidence (report_id);

create table extensions (
  id serial primary key,
  assignment_id integer not null references assignments (id) on delete cascade,
  requested_by integer references users (id),
  previous_due_date date,
  requested_due_date date not null,
  reason text not null,
  state text not null default 'pending' check (state in ('pending', 'approved', 'refused')),
  decided_by integer references users (id),
  decided_at timestamptz,
  decision_note text,
  created_at timestamptz not null default now()
);
create index extensions_assignment_id on extensions (assignment_id);

create table verifications (
  id serial primary key,
  assignment_id integer not null references assignments (id) on delete cascade,
  decided_by integer references users (id),
  decision text not null check (decision in ('accept', 'return')),
  reason text not null default '',
  created_at timestamptz not null default now()
);

-- append-only: who did what, when, with the row before and after
create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_id integer references users (id),
  action text not null,
  entity text not null,
  entity_id text not null,
  before jsonb,
  after jsonb
);
create index audit_log_entity on audit_log (entity, entity_id);

-- a job slot runs once: the second instance to claim it collides on the primary key
create table job_runs (
  name text not null,
  slot text not null,
  instance text not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  primary key (name, slot)
);
