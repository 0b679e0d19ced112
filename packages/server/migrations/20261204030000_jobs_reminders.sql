-- Issue 13: a database job queue, the working-day calendar's announced days, reminder settings,
-- unit heads, notifications and their delivery.

-- a job runs once: its key is unique, a worker claims it with FOR UPDATE SKIP LOCKED and holds it
-- for a lease; a crashed worker's job is claimed again when the lease ends
create table jobs (
  id bigserial primary key,
  kind text not null,
  key text not null unique,
  payload jsonb not null default '{}',
  run_at timestamptz not null,
  state text not null default 'pending' check (state in ('pending', 'running', 'done', 'failed')),
  attempts integer not null default 0,
  max_attempts integer not null default 5,
  locked_by text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index jobs_due on jobs (run_at, id) where state in ('pending', 'running');

-- days the government announces each year: extra days off, and make-up working days (Saturdays)
create table calendar_days (
  date date primary key,
  kind text not null check (kind in ('off', 'working')),
  note text not null default '',
  updated_by integer references users (id),
  updated_at timestamptz not null default now()
);

-- settings an admin edits, one JSON document per key (reminders: the rules' numbers)
create table settings (
  key text primary key,
  value jsonb not null,
  updated_by integer references users (id),
  updated_at timestamptz not null default now()
);

-- the head of a unit (thủ trưởng) receives its escalations; people have an address for e-mail
alter table users add column is_unit_head boolean not null default false;
alter table users add column email text;
create index users_unit_head on users (unit_id) where is_unit_head;

-- the leader who follows a directive receives its late tasks' escalations
alter table directives add column follow_leader_id integer references users (id);

-- what a person chose not to receive, per channel and group (absent: received); escalations always
create table notification_preferences (
  user_id integer not null references users (id) on delete cascade,
  channel text not null check (channel in ('email', 'webhook')),
  topic text not null check (topic in ('overdue', 'due_soon', 'awaiting', 'report', 'reminder')),
  enabled boolean not null,
  primary key (user_id, channel, topic)
);

-- one row per person per notice; the key makes a notice once per person whoever computes it
create table notifications (
  id bigserial primary key,
  user_id integer not null references users (id) on delete cascade,
  key text not null unique,
  kind text not null,
  topic text not null,
  escalation boolean not null default false,
  assignment_id integer references assignments (id) on delete cascade,
  title text not null,
  body text not null default '',
  link text not null default '',
  created_at timestamptz not null,
  read_at timestamptz,
  -- the channels it went out on (email, webhook…): a delivery sends what is not marked yet
  sent_on text[] not null default '{}'
);
create index notifications_user on notifications (user_id, created_at desc, id desc);
create index notifications_unread on notifications (user_id) where read_at is null;
create index notifications_unsent_email on notifications (user_id) where not ('email' = any (sent_on));
