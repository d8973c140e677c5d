-- Yearly figures (capaian tahunan) of an institution: one row per year for the whole
-- institution, with optional rows per program for the same year.
create table yearly_figures (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	figure_year integer not null,
	enrolled integer not null,
	graduates integer not null,
	certified integer not null,
	placed integer not null,
	started_business integer not null,
	job_orders integer not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint yearly_figures_year_uk unique (institution_id, figure_year)
);

create table yearly_figures_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	figure_year integer,
	enrolled integer,
	graduates integer,
	certified integer,
	placed integer,
	started_business integer,
	job_orders integer,
	primary key (id, rev)
);

create table program_figures (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	yearly_figures_id uuid not null references yearly_figures (id),
	program_id uuid not null references program (id),
	enrolled integer not null,
	graduates integer not null,
	certified integer not null,
	placed integer not null,
	started_business integer not null,
	job_orders integer not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint program_figures_program_uk unique (institution_id, yearly_figures_id, program_id)
);
create index program_figures_program_idx on program_figures (institution_id, program_id);

create table program_figures_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	yearly_figures_id uuid,
	program_id uuid,
	enrolled integer,
	graduates integer,
	certified integer,
	placed integer,
	started_business integer,
	job_orders integer,
	primary key (id, rev)
);
