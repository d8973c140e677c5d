-- Background import of large partner files (issue 4): the job, its uploaded file and the
-- rows of its preview that have problems live in the database, not in a JVM, so any app
-- node can show the job and a restart cannot lose it.
create table partner_import_job (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	filename varchar(255),
	status varchar(20) not null,
	total_rows integer not null,
	valid_rows integer not null,
	problem_rows integer not null,
	only_valid boolean not null,
	written_rows integer not null,
	failure varchar(100),
	-- progress and heartbeat are written often by the worker, outside the audit
	processed integer not null,
	progress_total integer not null,
	heartbeat_at timestamp(6) with time zone not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index partner_import_job_created_idx on partner_import_job (institution_id, created_at);

create table partner_import_job_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	filename varchar(255),
	status varchar(20),
	total_rows integer,
	valid_rows integer,
	problem_rows integer,
	only_valid boolean,
	written_rows integer,
	failure varchar(100),
	primary key (id, rev)
);

-- The uploaded file until the job is done or cancelled (not audited: it is transient).
create table partner_import_file (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	job_id uuid not null references partner_import_job (id) on delete cascade,
	content bytea not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index partner_import_file_job_idx on partner_import_file (institution_id, job_id);

-- The preview's rows with problems, paged from the database (not audited: transient).
create table partner_import_problem (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	job_id uuid not null references partner_import_job (id) on delete cascade,
	file_row integer not null,
	name varchar(200),
	category varchar(200),
	phone varchar(200),
	contact varchar(200),
	problems varchar(4000) not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index partner_import_problem_job_idx on partner_import_problem (institution_id, job_id, file_row);
