-- The partnership lifecycle: partnerships with their parties, needs and aspects, the stage
-- history, and the records made along the way (interactions, analyses, explorations).
-- Every row carries its institution so row security covers it.
create table partnership (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	title varchar(200) not null,
	pattern varchar(30) not null,
	strategy varchar(30) not null,
	owner_id uuid,
	cycle integer not null,
	cycle_year integer not null,
	status varchar(20) not null,
	status_reason varchar(2000),
	stage varchar(30) not null,
	stage_since timestamp(6) with time zone not null,
	previous_cycle_id uuid references partnership (id),
	description varchar(4000),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index partnership_stage_idx on partnership (institution_id, status, stage, stage_since);
create index partnership_owner_idx on partnership (institution_id, owner_id);
create index partnership_title_idx on partnership (institution_id, title);

create table partnership_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	title varchar(200),
	pattern varchar(30),
	strategy varchar(30),
	owner_id uuid,
	cycle integer,
	cycle_year integer,
	status varchar(20),
	status_reason varchar(2000),
	stage varchar(30),
	stage_since timestamp(6) with time zone,
	previous_cycle_id uuid,
	description varchar(4000),
	primary key (id, rev)
);

create table partnership_party (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id) on delete cascade,
	partner_id uuid not null references partner (id),
	role varchar(200),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	unique (partnership_id, partner_id)
);
create index partnership_party_partnership_idx on partnership_party (institution_id, partnership_id);
create index partnership_party_partner_idx on partnership_party (institution_id, partner_id);

create table partnership_party_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partnership_id uuid,
	partner_id uuid,
	role varchar(200),
	primary key (id, rev)
);

create table partnership_need (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id) on delete cascade,
	need_id uuid not null references need (id),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	unique (partnership_id, need_id)
);
create index partnership_need_partnership_idx on partnership_need (institution_id, partnership_id);
create index partnership_need_need_idx on partnership_need (institution_id, need_id);

create table partnership_need_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partnership_id uuid,
	need_id uuid,
	primary key (id, rev)
);

create table partnership_aspect (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id) on delete cascade,
	aspect varchar(30) not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	unique (partnership_id, aspect)
);
create index partnership_aspect_idx on partnership_aspect (institution_id, aspect, partnership_id);

create table partnership_aspect_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partnership_id uuid,
	aspect varchar(30),
	primary key (id, rev)
);

-- The stage history is itself the record of every move (who, when, from, to, why), so it is
-- written once and never changed; no audit table.
create table partnership_stage_change (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id) on delete cascade,
	from_stage varchar(30),
	to_stage varchar(30) not null,
	backward boolean not null,
	reason varchar(2000),
	changed_at timestamp(6) with time zone not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index partnership_stage_change_idx on partnership_stage_change (institution_id, partnership_id, changed_at);

create table interaction (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partner_id uuid not null references partner (id),
	partnership_id uuid references partnership (id) on delete set null,
	occurred_on date not null,
	kind varchar(30) not null,
	approach varchar(20) not null,
	purpose varchar(1000),
	summary varchar(4000),
	outcome varchar(2000),
	follow_up_action varchar(1000),
	follow_up_due date,
	follow_up_owner_id uuid,
	follow_up_done boolean not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index interaction_partner_idx on interaction (institution_id, partner_id, occurred_on);
create index interaction_partnership_idx on interaction (institution_id, partnership_id, occurred_on);
create index interaction_follow_up_idx on interaction (institution_id, follow_up_done, follow_up_due);

create table interaction_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partner_id uuid,
	partnership_id uuid,
	occurred_on date,
	kind varchar(30),
	approach varchar(20),
	purpose varchar(1000),
	summary varchar(4000),
	outcome varchar(2000),
	follow_up_action varchar(1000),
	follow_up_due date,
	follow_up_owner_id uuid,
	follow_up_done boolean,
	primary key (id, rev)
);

create table interaction_contact (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	interaction_id uuid not null references interaction (id) on delete cascade,
	contact_id uuid not null references partner_contact (id) on delete cascade,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	unique (interaction_id, contact_id)
);
create index interaction_contact_idx on interaction_contact (institution_id, interaction_id);

create table interaction_contact_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	interaction_id uuid,
	contact_id uuid,
	primary key (id, rev)
);

create table partnership_analysis (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id) on delete cascade,
	partner_id uuid not null references partner (id),
	need_fit varchar(4000),
	commitment_score integer,
	commitment_note varchar(1000),
	consistency_score integer,
	consistency_note varchar(1000),
	seriousness_score integer,
	seriousness_note varchar(1000),
	capability_score integer,
	capability_note varchar(1000),
	shared_vision boolean,
	shared_vision_note varchar(2000),
	mutual_need boolean,
	mutual_need_note varchar(2000),
	risks varchar(4000),
	decision varchar(20),
	decision_reason varchar(2000),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	unique (partnership_id, partner_id)
);
create index partnership_analysis_idx on partnership_analysis (institution_id, partnership_id);
create index partnership_analysis_partner_idx on partnership_analysis (institution_id, partner_id);

create table partnership_analysis_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partnership_id uuid,
	partner_id uuid,
	need_fit varchar(4000),
	commitment_score integer,
	commitment_note varchar(1000),
	consistency_score integer,
	consistency_note varchar(1000),
	seriousness_score integer,
	seriousness_note varchar(1000),
	capability_score integer,
	capability_note varchar(1000),
	shared_vision boolean,
	shared_vision_note varchar(2000),
	mutual_need boolean,
	mutual_need_note varchar(2000),
	risks varchar(4000),
	decision varchar(20),
	decision_reason varchar(2000),
	primary key (id, rev)
);

create table partnership_exploration (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id) on delete cascade,
	held_on date not null,
	format varchar(20) not null,
	attendees varchar(2000),
	offered varchar(4000),
	partner_response varchar(4000),
	outcome varchar(20),
	outcome_note varchar(2000),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index partnership_exploration_idx on partnership_exploration (institution_id, partnership_id, held_on);

create table partnership_exploration_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partnership_id uuid,
	held_on date,
	format varchar(20),
	attendees varchar(2000),
	offered varchar(4000),
	partner_response varchar(4000),
	outcome varchar(20),
	outcome_note varchar(2000),
	primary key (id, rev)
);
