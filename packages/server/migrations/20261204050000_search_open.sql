-- Issue 12. Word search: the folded text of tasks and units already sits in trigram indexes
-- (search_text); directives get one too, so a word in a directive's number or subject is found
-- through an index. Trigrams rather than full-text search: they find a word inside a word
-- ("hiem" in "nhiem", "so 12" in "so 120") and a broad word in 30 ms where a phrase query took 850.
create index directives_search_text_trgm on directives using gin (search_text gin_trgm_ops);

-- A unit's list by due date read in index order (it walked the whole due-date index, 60 ms; now 1 ms).
create index assignments_unit_due on assignments (unit_id, due_date);

-- The "open" filter (not done, not cancelled), a unit's list ordered by due date: a partial index
-- like the overdue one.
create index assignments_open on assignments (unit_id, due_date) where state not in ('done', 'cancelled');
