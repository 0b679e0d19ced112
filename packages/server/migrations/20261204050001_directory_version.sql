-- Issue 12. Importing matches every unit name a directive writes against the whole directory,
-- which changes rarely: each instance keeps it in memory and reloads it only when this number has
-- moved. Every statement that writes units, groups or their members moves it (aliases included),
-- whoever runs it: an instance, the CSV import, psql.
create table directory_version (
  id integer primary key default 1 check (id = 1),
  version bigint not null
);
insert into directory_version (id, version) values (1, 1);

create function bump_directory_version() returns trigger language plpgsql as $$
begin
  update directory_version set version = version + 1 where id = 1;
  return null;
end
$$;

create trigger units_directory_version after insert or update or delete or truncate on units
  for each statement execute function bump_directory_version();
create trigger unit_groups_directory_version after insert or update or delete or truncate on unit_groups
  for each statement execute function bump_directory_version();
create trigger unit_group_members_directory_version after insert or update or delete or truncate on unit_group_members
  for each statement execute function bump_directory_version();
