-- Agreements (MoU, PKS, addenda) of a partnership: parties with their signatories, the
-- clauses, the saved versions of a draft, the signed scan, the institution's clause library,
-- its letter-numbering settings and the number sequences. Every row carries its institution
-- so row security covers it. The status is not stored: it follows from the dates and events
-- below (AgreementStatusPolicy), so no job can leave it stale.
create table agreement_settings (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null unique references institution (id),
	number_format varchar(200) not null,
	unit_code varchar(50) not null,
	ending_soon_days integer not null,
	reminder_days varchar(100) not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);

create table agreement_settings_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	number_format varchar(200),
	unit_code varchar(50),
	ending_soon_days integer,
	reminder_days varchar(100),
	primary key (id, rev)
);

create table agreement (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id),
	kind varchar(20) not null,
	parent_id uuid references agreement (id),
	previous_id uuid references agreement (id),
	renewal varchar(20),
	title varchar(300) not null,
	letter_number varchar(150),
	number_year integer,
	number_seq integer,
	partner_number varchar(150),
	place varchar(100),
	agreement_date date,
	effective_from date,
	effective_until date,
	ready_at timestamp(6) with time zone,
	signed_at timestamp(6) with time zone,
	terminated_on date,
	termination_reason varchar(2000),
	superseded_by_id uuid references agreement (id),
	current_version integer not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index agreement_partnership_idx on agreement (institution_id, partnership_id);
create index agreement_until_idx on agreement (institution_id, effective_until);
create index agreement_kind_idx on agreement (institution_id, kind, created_at);
create index agreement_created_idx on agreement (institution_id, created_at);
create index agreement_parent_idx on agreement (institution_id, parent_id);
create index agreement_previous_idx on agreement (institution_id, previous_id);

create table agreement_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partnership_id uuid,
	kind varchar(20),
	parent_id uuid,
	previous_id uuid,
	renewal varchar(20),
	title varchar(300),
	letter_number varchar(150),
	number_year integer,
	number_seq integer,
	partner_number varchar(150),
	place varchar(100),
	agreement_date date,
	effective_from date,
	effective_until date,
	ready_at timestamp(6) with time zone,
	signed_at timestamp(6) with time zone,
	terminated_on date,
	termination_reason varchar(2000),
	superseded_by_id uuid,
	current_version integer,
	primary key (id, rev)
);

create table agreement_party (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	agreement_id uuid not null references agreement (id) on delete cascade,
	sort_order integer not null,
	partner_id uuid references partner (id),
	party_name varchar(200) not null,
	signatory_name varchar(200),
	signatory_position varchar(200),
	signed_on date,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index agreement_party_agreement_idx on agreement_party (institution_id, agreement_id);
create index agreement_party_partner_idx on agreement_party (institution_id, partner_id);

create table agreement_party_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	agreement_id uuid,
	sort_order integer,
	partner_id uuid,
	party_name varchar(200),
	signatory_name varchar(200),
	signatory_position varchar(200),
	signed_on date,
	primary key (id, rev)
);

create table agreement_clause (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	agreement_id uuid not null references agreement (id) on delete cascade,
	sort_order integer not null,
	clause_type varchar(30) not null,
	title varchar(200) not null,
	body varchar(10000) not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index agreement_clause_agreement_idx on agreement_clause (institution_id, agreement_id);

create table agreement_clause_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	agreement_id uuid,
	sort_order integer,
	clause_type varchar(30),
	title varchar(200),
	body varchar(10000),
	primary key (id, rev)
);

-- A saved version of a draft: its title, validity, parties and clauses as they were, written
-- once; sending a version to the partner is recorded on it.
create table agreement_version (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	agreement_id uuid not null references agreement (id) on delete cascade,
	version_number integer not null,
	title varchar(300) not null,
	effective_from date,
	effective_until date,
	parties_text varchar(2000),
	sent_on date,
	sent_to varchar(200),
	sent_note varchar(1000),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	unique (institution_id, agreement_id, version_number)
);

create table agreement_version_clause (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	agreement_version_id uuid not null references agreement_version (id) on delete cascade,
	sort_order integer not null,
	clause_type varchar(30) not null,
	title varchar(200) not null,
	body varchar(10000) not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index agreement_version_clause_idx on agreement_version_clause (institution_id, agreement_version_id);

-- The scan of the signed copy (PDF, JPG, PNG), kept in the database under the row's
-- generated id, never under the uploaded name, and never served from the web root.
create table agreement_scan (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	agreement_id uuid not null references agreement (id) on delete cascade,
	file_name varchar(255) not null,
	content_type varchar(100) not null,
	size_bytes bigint not null,
	content bytea not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index agreement_scan_agreement_idx on agreement_scan (institution_id, agreement_id);

create table agreement_scan_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	agreement_id uuid,
	file_name varchar(255),
	content_type varchar(100),
	size_bytes bigint,
	primary key (id, rev)
);

-- The institution's clause library; until it saves its own, the Indonesian defaults apply.
create table clause_template (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	sort_order integer not null,
	clause_type varchar(30) not null,
	title varchar(200) not null,
	body varchar(10000) not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index clause_template_idx on clause_template (institution_id, sort_order);

create table clause_template_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	sort_order integer,
	clause_type varchar(30),
	title varchar(200),
	body varchar(10000),
	primary key (id, rev)
);

-- Letter numbers: one row per institution, kind and year, locked while a number is taken,
-- so numbers are never given twice and never reused.
create table agreement_number_sequence (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	kind varchar(20) not null,
	sequence_year integer not null,
	last_value integer not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	unique (institution_id, kind, sequence_year)
);
