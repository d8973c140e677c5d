-- The feed tokens are tenant rows like any other: the feed is looked up only after entering
-- the institution named in the token (AgreementCalendar), so the policy needs no exception.
select jejaring_protect_tenant_table('calendar_feed');
