-- In-app notifications (engagement): one row per recipient, read when read_at is set.
-- Written once apart from read_at, so not audited.
create table notification (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	recipient_id uuid not null references user_account (id),
	title varchar(300) not null,
	body varchar(2000),
	link varchar(500),
	read_at timestamp(6) with time zone,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index notification_recipient_idx on notification (institution_id, recipient_id, created_at);
create index notification_unread_idx on notification (institution_id, recipient_id, read_at);

-- Each expiry reminder sent, once per agreement and lead time: the unique key is what keeps a
-- restarted job or a second app node from sending it again.
create table agreement_reminder (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	agreement_id uuid not null references agreement (id) on delete cascade,
	lead_days integer not null,
	sent_at timestamp(6) with time zone not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint agreement_reminder_once unique (institution_id, agreement_id, lead_days)
);
create index agreement_reminder_idx on agreement_reminder (institution_id, agreement_id);

-- ShedLock's lock rows (one per scheduled job): not tenant data, no row security.
create table shedlock (
	name varchar(64) not null primary key,
	lock_until timestamp(3) not null,
	locked_at timestamp(3) not null,
	locked_by varchar(255) not null
);
