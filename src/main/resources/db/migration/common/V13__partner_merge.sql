-- Merging duplicate partners: the merged record is archived and points to the survivor.
alter table partner add column merged_into_id uuid references partner (id);
alter table partner_aud add column merged_into_id uuid;
