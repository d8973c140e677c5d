-- Files attached to an interaction (PDF, JPG, PNG), kept in the database so app nodes stay
-- stateless and row security covers them like every other tenant row. The audit table
-- keeps who attached or removed what, not the bytes.
create table interaction_attachment (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	interaction_id uuid not null references interaction (id) on delete cascade,
	file_name varchar(255) not null,
	content_type varchar(100) not null,
	size_bytes bigint not null,
	content bytea not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index interaction_attachment_idx on interaction_attachment (institution_id, interaction_id);

create table interaction_attachment_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	interaction_id uuid,
	file_name varchar(255),
	content_type varchar(100),
	size_bytes bigint,
	primary key (id, rev)
);
