-- The standing office's own work on an assignment: reminders, comments, deadline changes by a
-- leader's decision, extension decisions (another date, forwarding to a leader), obstacle handling.

-- a reminder is recorded now; the notification work sends it later (sent_at, channel)
create table reminders (
  id serial primary key,
  assignment_id integer not null references assignments (id) on delete cascade,
  created_by integer references users (id),
  message text not null default '',
  channel text,
  sent_at timestamptz,
  created_at timestamptz not null default now()
);
create index reminders_assignment_id on reminders (assignment_id);
create index reminders_unsent on reminders (id) where sent_at is null;

create table assignment_comments (
  id serial primary key,
  assignment_id integer not null references assignments (id) on delete cascade,
  author_id integer references users (id),
  body text not null,
  created_at timestamptz not null default now()
);
create index assignment_comments_assignment_id on assignment_comments (assignment_id);

-- the original deadline stays on the assignment (original_due_date); each change is kept here
create table deadline_changes (
  id serial primary key,
  assignment_id integer not null references assignments (id) on delete cascade,
  previous_due_date date,
  new_due_date date not null,
  decision_ref text not null,
  decision_date date not null,
  decided_by_name text not null,
  reason text not null default '',
  recorded_by integer references users (id),
  created_at timestamptz not null default now()
);
create index deadline_changes_assignment_id on deadline_changes (assignment_id);

-- a decision may grant another date than asked; the office may forward the request to a leader
alter table extensions add column approved_due_date date;
alter table extensions add column forwarded_by integer references users (id);
alter table extensions add column forwarded_at timestamptz;
alter table extensions add column forward_note text;

-- an obstacle is the obstacles text of a progress report; the office answers, forwards, resolves it
alter table progress_reports add column obstacle_state text not null default 'open'
  check (obstacle_state in ('open', 'forwarded', 'resolved'));
create table obstacle_actions (
  id serial primary key,
  report_id bigint not null references progress_reports (id) on delete cascade,
  action text not null check (action in ('answer', 'forward', 'resolve')),
  message text not null default '',
  actor_id integer references users (id),
  created_at timestamptz not null default now()
);
create index obstacle_actions_report_id on obstacle_actions (report_id);
