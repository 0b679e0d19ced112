-- Login attempts, counted before the password is checked, per key: one user from one address,
-- one address over every user (spraying), one user over every address. A fixed window each.
create table login_throttle (
  key text primary key,
  attempts integer not null,
  window_start timestamptz not null
);

-- Sessions get an id their owner can name them by, the time of last use (idle timeout) and
-- where they were opened from, so a user can see and end them.
alter table sessions add column id bigint generated always as identity;
alter table sessions add constraint sessions_id_key unique (id);
alter table sessions add column last_seen_at timestamptz not null default now();
alter table sessions add column user_agent text;
alter table sessions add column address text;
