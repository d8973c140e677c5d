-- The joint work plan of a partnership per cycle: objectives, indicators (catalogue figure
-- or the institution's own, baseline and target), activities and each party's contribution.
-- A null party (proposed_by, responsible_partner_id, partner_id) is the institution itself.
-- Money is whole rupiah (bigint). Every row carries its institution so row security covers it.
create table work_plan (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id),
	plan_cycle integer not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint uk_work_plan_cycle unique (institution_id, partnership_id, plan_cycle)
);

create table work_plan_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partnership_id uuid,
	plan_cycle integer,
	primary key (id, rev)
);

create table plan_objective (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	plan_id uuid not null references work_plan (id),
	text varchar(2000) not null,
	proposed_by uuid references partner (id),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);

create index ix_plan_objective_plan on plan_objective (institution_id, plan_id);

create table plan_objective_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	plan_id uuid,
	text varchar(2000),
	proposed_by uuid,
	primary key (id, rev)
);

create table plan_indicator (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	plan_id uuid not null references work_plan (id),
	measure varchar(40),
	name varchar(200),
	unit varchar(50),
	baseline bigint not null,
	target bigint not null,
	proposed_by uuid references partner (id),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint ck_plan_indicator_figures check (baseline >= 0 and target >= 0),
	constraint ck_plan_indicator_own check (measure is not null or (name is not null and unit is not null))
);

create index ix_plan_indicator_plan on plan_indicator (institution_id, plan_id);

create table plan_indicator_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	plan_id uuid,
	measure varchar(40),
	name varchar(200),
	unit varchar(50),
	baseline bigint,
	target bigint,
	proposed_by uuid,
	primary key (id, rev)
);

create table plan_activity (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	plan_id uuid not null references work_plan (id),
	description varchar(1000) not null,
	aspect varchar(30) not null,
	responsible_partner_id uuid references partner (id),
	starts_on date not null,
	ends_on date not null,
	place varchar(200),
	budget bigint not null,
	proposed_by uuid references partner (id),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint ck_plan_activity_dates check (ends_on >= starts_on),
	constraint ck_plan_activity_budget check (budget >= 0)
);

create index ix_plan_activity_plan on plan_activity (institution_id, plan_id);

create table plan_activity_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	plan_id uuid,
	description varchar(1000),
	aspect varchar(30),
	responsible_partner_id uuid,
	starts_on date,
	ends_on date,
	place varchar(200),
	budget bigint,
	proposed_by uuid,
	primary key (id, rev)
);

create table activity_contribution (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	activity_id uuid not null references plan_activity (id),
	partner_id uuid references partner (id),
	kind varchar(30) not null,
	description varchar(500) not null,
	value_rupiah bigint not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint ck_activity_contribution_value check (value_rupiah > 0)
);

create index ix_activity_contribution_activity on activity_contribution (institution_id, activity_id);

create table activity_contribution_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	activity_id uuid,
	partner_id uuid,
	kind varchar(30),
	description varchar(500),
	value_rupiah bigint,
	primary key (id, rev)
);
