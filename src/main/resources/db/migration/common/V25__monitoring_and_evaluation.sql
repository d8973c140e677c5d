-- Monitoring and joint evaluation (stage 9) of a partnership's cycle. Monitoring records
-- are kept per period of the partnership's cadence (monthly or quarterly) with their
-- follow-ups; a joint evaluation is one set of answers per party (partner_id null: the
-- institution itself), with a rating 1-5 per principle and a judgment per activity and
-- indicator of the work plan (its id and a copied label, so the answer outlives plan edits).
create table monitoring_cadence (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id),
	cadence varchar(20) not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint uk_monitoring_cadence unique (institution_id, partnership_id)
);

create table monitoring_cadence_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partnership_id uuid,
	cadence varchar(20),
	primary key (id, rev)
);

create table monitoring_record (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id),
	record_cycle integer not null,
	cadence varchar(20) not null,
	period_start date not null,
	progress varchar(4000) not null,
	deviations varchar(4000),
	problems varchar(4000),
	solutions varchar(4000),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint uk_monitoring_record_period unique (institution_id, partnership_id, record_cycle, period_start)
);

create table monitoring_record_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partnership_id uuid,
	record_cycle integer,
	cadence varchar(20),
	period_start date,
	progress varchar(4000),
	deviations varchar(4000),
	problems varchar(4000),
	solutions varchar(4000),
	primary key (id, rev)
);

create table monitoring_follow_up (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	record_id uuid not null references monitoring_record (id),
	action varchar(1000) not null,
	owner varchar(200) not null,
	due_on date not null,
	done boolean not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);

create index ix_monitoring_follow_up_record on monitoring_follow_up (institution_id, record_id);

create table monitoring_follow_up_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	record_id uuid,
	action varchar(1000),
	owner varchar(200),
	due_on date,
	done boolean,
	primary key (id, rev)
);

create table joint_evaluation (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id),
	evaluation_cycle integer not null,
	partner_id uuid references partner (id),
	on_behalf boolean not null,
	hindrances varchar(4000) not null,
	benefits varchar(4000) not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);

create index ix_joint_evaluation_partnership on joint_evaluation (institution_id, partnership_id, evaluation_cycle);

create table joint_evaluation_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partnership_id uuid,
	evaluation_cycle integer,
	partner_id uuid,
	on_behalf boolean,
	hindrances varchar(4000),
	benefits varchar(4000),
	primary key (id, rev)
);

create table evaluation_rating (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	evaluation_id uuid not null references joint_evaluation (id),
	principle varchar(40) not null,
	rating integer not null,
	note varchar(1000),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint ck_evaluation_rating check (rating between 1 and 5),
	constraint uk_evaluation_rating unique (institution_id, evaluation_id, principle)
);

create table evaluation_rating_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	evaluation_id uuid,
	principle varchar(40),
	rating integer,
	note varchar(1000),
	primary key (id, rev)
);

create table evaluation_judgment (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	evaluation_id uuid not null references joint_evaluation (id),
	kind varchar(20) not null,
	item_id uuid not null,
	label varchar(2000) not null,
	facts varchar(500),
	as_planned boolean not null,
	note varchar(1000),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);

create index ix_evaluation_judgment_evaluation on evaluation_judgment (institution_id, evaluation_id);

create table evaluation_judgment_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	evaluation_id uuid,
	kind varchar(20),
	item_id uuid,
	label varchar(2000),
	facts varchar(500),
	as_planned boolean,
	note varchar(1000),
	primary key (id, rev)
);
