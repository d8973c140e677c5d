-- Program requirements (komponen penyelenggaraan program), needs (kebutuhan) derived from
-- their gaps, and each need's fitting partner categories. All tenant-owned and audited.
create table program_requirement (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	program_id uuid not null references program (id),
	component varchar(30) not null,
	custom_name varchar(150),
	required_quantity bigint,
	required_description varchar(500),
	available_quantity bigint,
	available_description varchar(500),
	met boolean not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index program_requirement_program_idx on program_requirement (institution_id, program_id);

create table program_requirement_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	program_id uuid,
	component varchar(30),
	custom_name varchar(150),
	required_quantity bigint,
	required_description varchar(500),
	available_quantity bigint,
	available_description varchar(500),
	met boolean,
	primary key (id, rev)
);

create table need (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	program_id uuid not null references program (id),
	requirement_id uuid references program_requirement (id) on delete set null,
	component varchar(30),
	aspect varchar(30) not null,
	title varchar(300) not null,
	details varchar(2000),
	quantity bigint,
	amount_rupiah bigint,
	needed_by date,
	timing_note varchar(200),
	priority_rank integer not null,
	status varchar(20) not null,
	drop_reason varchar(500),
	region_scope varchar(20) not null,
	required_capability varchar(1000),
	minimum_commitment varchar(1000),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index need_rank_idx on need (institution_id, priority_rank);
create index need_program_idx on need (institution_id, program_id);
create index need_requirement_idx on need (institution_id, requirement_id);

create table need_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	program_id uuid,
	requirement_id uuid,
	component varchar(30),
	aspect varchar(30),
	title varchar(300),
	details varchar(2000),
	quantity bigint,
	amount_rupiah bigint,
	needed_by date,
	timing_note varchar(200),
	priority_rank integer,
	status varchar(20),
	drop_reason varchar(500),
	region_scope varchar(20),
	required_capability varchar(1000),
	minimum_commitment varchar(1000),
	primary key (id, rev)
);

create table need_partner_category (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	need_id uuid not null references need (id) on delete cascade,
	category_code varchar(60) not null references partner_category (code),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index need_partner_category_need_idx on need_partner_category (institution_id, need_id);
create index need_partner_category_code_idx on need_partner_category (institution_id, category_code);

create table need_partner_category_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	need_id uuid,
	category_code varchar(60),
	primary key (id, rev)
);
