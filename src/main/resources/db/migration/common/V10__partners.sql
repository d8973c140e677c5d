-- The partner registry (pemetaan mitra): partners with their offerings per aspect, tags and
-- contacts. Every row carries its institution so row security covers it.
create table partner (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	kind varchar(20) not null,
	name varchar(200) not null,
	name_normalised varchar(200) not null,
	category_code varchar(60) not null references partner_category (code),
	sector varchar(200),
	scale varchar(20),
	address varchar(500),
	region_code varchar(13),
	latitude numeric(9,6),
	longitude numeric(9,6),
	phone varchar(20),
	whatsapp varchar(20),
	email varchar(200),
	website varchar(200),
	vision_mission varchar(4000),
	goals varchar(4000),
	csr_program boolean not null,
	csr_notes varchar(2000),
	found_through varchar(500),
	status varchar(20) not null,
	notes varchar(4000),
	archived boolean not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index partner_name_idx on partner (institution_id, archived, name);
create index partner_category_idx on partner (institution_id, category_code);
create index partner_status_idx on partner (institution_id, status);
create index partner_region_idx on partner (institution_id, region_code);
create index partner_normalised_idx on partner (institution_id, name_normalised);
create index partner_phone_idx on partner (institution_id, phone);
create index partner_email_idx on partner (institution_id, email);

create table partner_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	kind varchar(20),
	name varchar(200),
	name_normalised varchar(200),
	category_code varchar(60),
	sector varchar(200),
	scale varchar(20),
	address varchar(500),
	region_code varchar(13),
	latitude numeric(9,6),
	longitude numeric(9,6),
	phone varchar(20),
	whatsapp varchar(20),
	email varchar(200),
	website varchar(200),
	vision_mission varchar(4000),
	goals varchar(4000),
	csr_program boolean,
	csr_notes varchar(2000),
	found_through varchar(500),
	status varchar(20),
	notes varchar(4000),
	archived boolean,
	primary key (id, rev)
);

create table partner_offering (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partner_id uuid not null references partner (id) on delete cascade,
	aspect varchar(30) not null,
	description varchar(2000),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index partner_offering_partner_idx on partner_offering (institution_id, partner_id);
create index partner_offering_aspect_idx on partner_offering (institution_id, aspect, partner_id);

create table partner_offering_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partner_id uuid,
	aspect varchar(30),
	description varchar(2000),
	primary key (id, rev)
);

create table partner_tag (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partner_id uuid not null references partner (id) on delete cascade,
	tag varchar(60) not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index partner_tag_partner_idx on partner_tag (institution_id, partner_id);
create index partner_tag_tag_idx on partner_tag (institution_id, tag, partner_id);

create table partner_tag_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partner_id uuid,
	tag varchar(60),
	primary key (id, rev)
);

create table partner_contact (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partner_id uuid not null references partner (id) on delete cascade,
	name varchar(150) not null,
	position varchar(150),
	phone varchar(20),
	whatsapp varchar(20),
	email varchar(200),
	role varchar(30),
	notes varchar(2000),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index partner_contact_partner_idx on partner_contact (institution_id, partner_id, name);
create index partner_contact_phone_idx on partner_contact (institution_id, phone);

create table partner_contact_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partner_id uuid,
	name varchar(150),
	position varchar(150),
	phone varchar(20),
	whatsapp varchar(20),
	email varchar(200),
	role varchar(30),
	notes varchar(2000),
	primary key (id, rev)
);
