-- Improvement and follow-up (stages 10 and 11): improvement actions decided from a cycle's
-- evaluation, each with its owner on staff, due date and status; and the one decision per
-- partnership and cycle to continue, continue with changes or stop, with the partnership of
-- the next cycle once it is started. Every row carries its institution so row security
-- covers it.
create table improvement_action (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id),
	action_cycle integer not null,
	description varchar(2000) not null,
	owner_id uuid references user_account (id),
	due_on date,
	status varchar(20) not null,
	note varchar(2000),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);

create index ix_improvement_action_partnership on improvement_action (institution_id, partnership_id, action_cycle);

create index ix_improvement_action_due on improvement_action (institution_id, status, due_on);

create table improvement_action_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partnership_id uuid,
	action_cycle integer,
	description varchar(2000),
	owner_id uuid,
	due_on date,
	status varchar(20),
	note varchar(2000),
	primary key (id, rev)
);

create table cycle_decision (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	partnership_id uuid not null references partnership (id),
	decision_cycle integer not null,
	outcome varchar(30) not null,
	reason varchar(2000),
	decided_by uuid references user_account (id),
	decided_on date not null,
	next_partnership_id uuid references partnership (id),
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint uk_cycle_decision unique (institution_id, partnership_id, decision_cycle)
);

create table cycle_decision_aud (
	id uuid not null,
	rev bigint not null references revision_info (id),
	revtype smallint,
	institution_id uuid,
	partnership_id uuid,
	decision_cycle integer,
	outcome varchar(30),
	reason varchar(2000),
	decided_by uuid,
	decided_on date,
	next_partnership_id uuid,
	primary key (id, rev)
);
