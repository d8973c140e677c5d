-- Merging duplicate partners: the merged record is archived and points to the survivor.
alter table partner add column merged_into_id uuid references partner (id);
alter table partner_aud add column merged_into_id uuid;
-- Serves the foreign-key check when partners are deleted (without it every deleted row
-- scans the table); it is not a tenant-scoped lookup, so it does not lead with institution_id.
create index partner_merged_into_idx on partner (merged_into_id);
