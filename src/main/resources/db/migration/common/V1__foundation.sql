-- Foundation schema: regions, institutions (the tenants), user accounts, API tokens,
-- sign-in throttling, the security log and Envers' revision table. Written once for
-- H2 (PostgreSQL mode) and PostgreSQL.

create table region (
	code varchar(13) primary key,
	name varchar(120) not null,
	level varchar(10) not null,
	parent_code varchar(13) references region (code)
);
create index region_parent_idx on region (parent_code, name);

create table institution (
	id uuid primary key,
	version bigint not null,
	name varchar(200) not null,
	npsn varchar(20),
	legal_body varchar(200),
	address varchar(500),
	region_code varchar(13) references region (code),
	phone varchar(20),
	whatsapp varchar(20),
	email varchar(200),
	website varchar(200),
	head_name varchar(150),
	founded_year integer,
	accreditation_grade varchar(2),
	accreditation_year integer,
	vision varchar(2000),
	mission varchar(4000),
	goals varchar(4000),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint institution_npsn_uk unique (npsn)
);
create index institution_region_idx on institution (region_code);

create table user_account (
	id uuid primary key,
	version bigint not null,
	username varchar(60) not null,
	password_hash varchar(200) not null,
	full_name varchar(150) not null,
	email varchar(200),
	phone varchar(20),
	role varchar(20) not null,
	institution_id uuid references institution (id),
	supervised_region_code varchar(13) references region (code),
	preferred_locale varchar(5),
	enabled boolean not null,
	must_change_password boolean not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint user_account_username_uk unique (username)
);
create index user_account_institution_idx on user_account (institution_id, full_name);

create table facilitator_assignment (
	user_id uuid not null references user_account (id),
	institution_id uuid not null references institution (id),
	primary key (user_id, institution_id)
);
create index facilitator_assignment_institution_idx on facilitator_assignment (institution_id);

create table api_token (
	id uuid primary key,
	user_id uuid not null references user_account (id),
	name varchar(100) not null,
	token_hash varchar(64) not null,
	token_prefix varchar(16) not null,
	created_at timestamp(6) with time zone not null,
	last_used_at timestamp(6) with time zone,
	revoked_at timestamp(6) with time zone,
	constraint api_token_hash_uk unique (token_hash)
);
create index api_token_user_idx on api_token (user_id);

create table sign_in_throttle (
	throttle_key varchar(200) primary key,
	failures integer not null,
	window_started_at timestamp(6) with time zone not null,
	locked_until timestamp(6) with time zone
);

create table security_event (
	id uuid primary key,
	occurred_at timestamp(6) with time zone not null,
	kind varchar(30) not null,
	username varchar(100),
	institution_id uuid,
	remote_address varchar(64),
	detail varchar(500)
);
create index security_event_time_idx on security_event (occurred_at);
create index security_event_institution_idx on security_event (institution_id, occurred_at);

-- Envers: one revision per transaction, with the user who made it.
create sequence revision_info_seq start with 1 increment by 50;
create table revision_info (
	id bigint primary key,
	revision_timestamp bigint not null,
	username varchar(100)
);

create table institution_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	name varchar(200),
	npsn varchar(20),
	legal_body varchar(200),
	address varchar(500),
	region_code varchar(13),
	phone varchar(20),
	whatsapp varchar(20),
	email varchar(200),
	website varchar(200),
	head_name varchar(150),
	founded_year integer,
	accreditation_grade varchar(2),
	accreditation_year integer,
	vision varchar(2000),
	mission varchar(4000),
	goals varchar(4000),
	primary key (id, rev)
);

create table user_account_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	username varchar(60),
	full_name varchar(150),
	email varchar(200),
	phone varchar(20),
	role varchar(20),
	institution_id uuid,
	supervised_region_code varchar(13),
	enabled boolean,
	primary key (id, rev)
);
