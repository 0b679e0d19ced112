-- Security and durability (issue 10): a cycle-free unit tree, bounded API tokens, the uploader
-- of each file, and an append-only, hash-chained audit log.

-- 3. A unit may not be its own ancestor: every write of the tree walks up from the new parent.
create function units_refuse_cycle() returns trigger language plpgsql as $$
declare
  cursor_id integer := new.parent_id;
  steps integer := 0;
begin
  while cursor_id is not null loop
    if cursor_id = new.id then
      raise exception 'unit % would be its own ancestor', new.id
        using errcode = '23514', constraint = 'units_no_cycle';
    end if;
    steps := steps + 1;
    -- a tree already broken elsewhere must not hang this write either
    exit when steps > 10000;
    select parent_id into cursor_id from units where id = cursor_id;
  end loop;
  return new;
end $$;
create trigger units_no_cycle before insert or update of parent_id on units
  for each row execute function units_refuse_cycle();

-- 5. API tokens expire, carry a scope, and say who ended them.
alter table api_tokens add column scope text not null default 'write' check (scope in ('read', 'write'));
alter table api_tokens add column expires_at timestamptz;
update api_tokens set expires_at = now() + interval '30 days' where expires_at is null;
alter table api_tokens alter column expires_at set not null;
alter table api_tokens add column revoked_reason text;
create index api_tokens_user_id on api_tokens (user_id);

-- 6, 12. Who uploaded each file (one file, stored once, may have several uploaders).
create table file_uploads (
  sha256 text not null references files (sha256) on delete cascade,
  user_id integer not null references users (id) on delete cascade,
  file_name text,
  uploaded_at timestamptz not null default now(),
  primary key (sha256, user_id)
);
create index report_evidence_file on report_evidence (file_sha256);
create index directives_source_sha256 on directives (source_sha256);

-- 14. The audit log keeps where a request came from, and chains each row to the one before.
alter table audit_log add column ip text;
alter table audit_log add column user_agent text;
alter table audit_log add column prev_hash text;
alter table audit_log add column hash text;

-- The hash of a row: every column but the hash itself, in a text form that does not depend on
-- the session's time zone or on how the row is later read.
create function audit_row_hash(r audit_log) returns text language sql immutable as $$
  select encode(sha256(convert_to(concat_ws(E'\x1f',
    r.id::text,
    to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(r.actor_id::text, ''),
    r.action,
    r.entity,
    r.entity_id,
    coalesce(r.before::text, ''),
    coalesce(r.after::text, ''),
    coalesce(r.ip, ''),
    coalesce(r.user_agent, ''),
    coalesce(r.prev_hash, '')
  ), 'UTF8')), 'hex')
$$;

-- chain the rows written before this migration
do $$
declare
  r audit_log;
  prev text := null;
begin
  for r in select * from audit_log order by id loop
    r.prev_hash := prev;
    r.hash := audit_row_hash(r);
    update audit_log set prev_hash = r.prev_hash, hash = r.hash where id = r.id;
    prev := r.hash;
  end loop;
end $$;

-- Rows are chained one at a time under a transaction lock, and take their id under it, so id
-- order is chain order even when writers race.
create function audit_log_chain() returns trigger language plpgsql as $$
begin
  perform pg_advisory_xact_lock(7201020301);
  new.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
  select hash into new.prev_hash from audit_log order by id desc limit 1;
  new.hash := audit_row_hash(new);
  return new;
end $$;
-- the trigger gives the id; a default would only burn a number before it
alter table audit_log alter column id drop default;
create trigger audit_log_chain before insert on audit_log
  for each row execute function audit_log_chain();

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'the audit log is append-only' using errcode = '42501';
end $$;
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_refuse_change();
