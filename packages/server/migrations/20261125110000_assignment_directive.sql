-- Lists and dashboards filter and group assignments by directive; keeping the directive on the
-- assignment spares a join through tasks on 250,000 rows.
alter table assignments add column directive_id integer references directives (id) on delete cascade;
update assignments set directive_id = tasks.directive_id from tasks where tasks.id = assignments.task_id;
alter table assignments alter column directive_id set not null;
create index assignments_directive_id on assignments (directive_id, status_color);
create index assignments_overdue on assignments (unit_id) where timeliness = 'open_overdue';
-- the dashboard counts top-level lead assignments; this index answers its counts on its own
create index assignments_lead_top on assignments (directive_id, status_color, timeliness, unit_id) include (done_at)
  where role = 'lead' and parent_id is null and state <> 'cancelled';
