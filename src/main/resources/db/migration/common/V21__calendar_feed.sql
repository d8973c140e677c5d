-- A user's secret link to the calendar of the agreements' expiry dates (issue 6). Calendar
-- apps cannot sign in, so the link carries a token; only its SHA-256 hash is kept, so a
-- copy of the database does not open anyone's feed. One feed per user: renewing replaces
-- the row (the old link stops working), revoking deletes it. Written once, so no audit table.
create table calendar_feed (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	user_id uuid not null references user_account (id),
	token_hash varchar(64) not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100),
	constraint calendar_feed_user_uk unique (institution_id, user_id),
	constraint calendar_feed_token_uk unique (institution_id, token_hash)
);
