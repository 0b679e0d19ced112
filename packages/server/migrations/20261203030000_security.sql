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
-- the place in the chain, given at commit; the hash of the row before; the row's own hash
alter table audit_log add column seq bigint unique;
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
    r.seq::text,
    coalesce(r.prev_hash, '')
  ), 'UTF8')), 'hex')
$$;

-- chain the rows written before this migration
do $$
declare
  r audit_log;
  prev text := null;
  n bigint := 0;
begin
  for r in select * from audit_log order by id loop
    n := n + 1;
    r.seq := n;
    r.prev_hash := prev;
    r.hash := audit_row_hash(r);
    update audit_log set seq = r.seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
    prev := r.hash;
  end loop;
end $$;

-- Rows are chained at commit (a deferred trigger), one transaction at a time under a lock held
-- only for the commit itself: no other lock is taken after it, so it cannot deadlock, and chain
-- order is commit order even when writers race.
create function audit_log_chain() returns trigger language plpgsql as $$
declare
  r audit_log;
begin
  perform pg_advisory_xact_lock(7201020301);
  select * into r from audit_log where id = new.id;
  select coalesce(max(seq), 0) + 1 into r.seq from audit_log;
  select hash into r.prev_hash from audit_log where seq = r.seq - 1;
  r.hash := audit_row_hash(r);
  update audit_log set seq = r.seq, prev_hash = r.prev_hash, hash = r.hash where id = new.id;
  return null;
end $$;
create constraint trigger audit_log_chain after insert on audit_log
  deferrable initially deferred
  for each row execute function audit_log_chain();

-- Append-only: the only change allowed is the chaining of a row not yet chained.
create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.hash is null and old.seq is null
     and (new.id, new.at, new.actor_id, new.action, new.entity, new.entity_id, new.before::text,
          new.after::text, new.ip, new.user_agent)
         is not distinct from
         (old.id, old.at, old.actor_id, old.action, old.entity, old.entity_id, old.before::text,
          old.after::text, old.ip, old.user_agent) then
    return new;
  end if;
  raise exception 'the audit log is append-only' using errcode = '42501';
end $$;
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_refuse_change();
