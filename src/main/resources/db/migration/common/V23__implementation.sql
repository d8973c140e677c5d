-- Implementation of the work plan: each activity's stored status (PLANNED, RUNNING, DONE,
-- CANCELLED; "late" is never stored, it follows from the dates and today), progress in
-- percent, actual dates and the reason when cancelled; evidence files with the manager's
-- review; indicator actuals per month (the value achieved in that month, first day of the
-- month as the period); the institution's missing-evidence window.
alter table plan_activity add column status varchar(20) default 'PLANNED' not null;
alter table plan_activity add column progress integer default 0 not null;
alter table plan_activity add column actual_start date;
alter table plan_activity add column actual_end date;
alter table plan_activity add column cancel_reason varchar(1000);
alter table plan_activity add constraint ck_plan_activity_progress check (progress between 0 and 100);
alter table plan_activity add constraint ck_plan_activity_status check (status in ('PLANNED', 'RUNNING', 'DONE', 'CANCELLED'));

alter table plan_activity_aud add column status varchar(20);
alter table plan_activity_aud add column progress integer;
alter table plan_activity_aud add column actual_start date;
alter table plan_activity_aud add column actual_end date;
alter table plan_activity_aud add column cancel_reason varchar(1000);

create table indicator_actual (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	indicator_id uuid not null references plan_indicator (id) on delete cascade,
	period_start date not null,
	actual_value bigint not null,
	note varchar(500),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint uk_indicator_actual_period unique (institution_id, indicator_id, period_start),
	constraint ck_indicator_actual_value check (actual_value >= 0)
);

create table indicator_actual_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	indicator_id uuid,
	period_start date,
	actual_value bigint,
	note varchar(500),
	primary key (id, rev)
);

create table activity_evidence (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	activity_id uuid not null references plan_activity (id) on delete cascade,
	file_name varchar(255) not null,
	content_type varchar(100) not null,
	size_bytes bigint not null,
	caption varchar(500),
	status varchar(20) not null,
	return_reason varchar(1000),
	submitted_by varchar(100) not null,
	submitted_at timestamp(6) with time zone not null,
	reviewed_by varchar(100),
	reviewed_at timestamp(6) with time zone,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint ck_activity_evidence_status check (status in ('SUBMITTED', 'VERIFIED', 'RETURNED'))
);

create index ix_activity_evidence_activity on activity_evidence (institution_id, activity_id);
create index ix_activity_evidence_status on activity_evidence (institution_id, status);

create table activity_evidence_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	activity_id uuid,
	file_name varchar(255),
	content_type varchar(100),
	size_bytes bigint,
	caption varchar(500),
	status varchar(20),
	return_reason varchar(1000),
	submitted_by varchar(100),
	submitted_at timestamp(6) with time zone,
	reviewed_by varchar(100),
	reviewed_at timestamp(6) with time zone,
	primary key (id, rev)
);

-- The evidence's bytes, written once, kept under the evidence row's id and never served
-- from the web root; not audited.
create table activity_evidence_file (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	evidence_id uuid not null references activity_evidence (id) on delete cascade,
	content bytea not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint uk_activity_evidence_file unique (institution_id, evidence_id)
);

create table work_plan_settings (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null unique references institution (id),
	missing_evidence_days integer not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint ck_work_plan_settings_days check (missing_evidence_days between 1 and 365)
);

create table work_plan_settings_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	missing_evidence_days integer,
	primary key (id, rev)
);
