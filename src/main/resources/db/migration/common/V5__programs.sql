-- Programs (program kursus/pelatihan) of an institution.
create table program (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	name varchar(150) not null,
	skill_field varchar(150),
	type varchar(20) not null,
	level varchar(20),
	duration_hours integer,
	capacity_per_batch integer,
	batches_per_year integer,
	next_batch_starts_on date,
	status varchar(20) not null,
	archived boolean not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index program_institution_idx on program (institution_id, archived, name);

create table program_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	name varchar(150),
	skill_field varchar(150),
	type varchar(20),
	level varchar(20),
	duration_hours integer,
	capacity_per_batch integer,
	batches_per_year integer,
	next_batch_starts_on date,
	status varchar(20),
	archived boolean,
	primary key (id, rev)
);
