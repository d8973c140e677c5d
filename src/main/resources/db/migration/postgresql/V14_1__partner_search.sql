-- The partner list's search box (issue 4): "contains" (LIKE '%…%') on the partner's name,
-- normalised name, sector, e-mail, phone and WhatsApp, and on its contacts' name, e-mail,
-- phone and WhatsApp, served by trigram indexes.
--
-- Row security keeps these indexes away from the application role: LIKE (textlike) is not
-- LEAKPROOF, so under a policy PostgreSQL may only test it after the policy, row by row, and
-- never as an index condition (EXPLAIN as ${app_role} shows a sequential scan even with the
-- trigram index V10_1 made). The search therefore runs in jejaring_partner_search below, a
-- SECURITY DEFINER function owned by the migration owner: it finds only ids, only in the
-- current institution (the same jejaring_current_institution() the policies use), and the
-- application reads the partners themselves through Hibernate (@TenantId) and row security
-- as before, so a wrong id could not reveal anything. Where the owner is neither a superuser
-- nor BYPASSRLS, row security applies inside the function too: the same answers, without the
-- indexes' speed.
-- A small pending list (256 kB instead of 4 MB): new rows still go in by batches, but a search
-- never reads megabytes of unsorted entries after an import, and the planner (which counts
-- pending pages) does not turn away from the index until autovacuum has merged them.
alter index partner_name_trgm_idx set (gin_pending_list_limit = 256);
create index partner_name_lower_trgm_idx on partner using gin (lower(name) gin_trgm_ops) with (gin_pending_list_limit = 256);
create index partner_sector_trgm_idx on partner using gin (lower(sector) gin_trgm_ops) with (gin_pending_list_limit = 256);
create index partner_email_trgm_idx on partner using gin (email gin_trgm_ops) with (gin_pending_list_limit = 256);
create index partner_phone_trgm_idx on partner using gin (phone gin_trgm_ops) with (gin_pending_list_limit = 256);
create index partner_whatsapp_trgm_idx on partner using gin (whatsapp gin_trgm_ops) with (gin_pending_list_limit = 256);
create index partner_contact_name_trgm_idx on partner_contact using gin (lower(name) gin_trgm_ops) with (gin_pending_list_limit = 256);
create index partner_contact_email_trgm_idx on partner_contact using gin (email gin_trgm_ops) with (gin_pending_list_limit = 256);
create index partner_contact_phone_trgm_idx on partner_contact using gin (phone gin_trgm_ops) with (gin_pending_list_limit = 256);
create index partner_contact_whatsapp_trgm_idx on partner_contact using gin (whatsapp gin_trgm_ops) with (gin_pending_list_limit = 256);

-- The ids of the current institution's partners that match the search box; the patterns
-- come escaped (backslash) from PartnerFilter: words for the name, sector, e-mail and the
-- contacts' name and e-mail, name_words for the normalised name, digits for phone numbers
-- (null when not asked for). PL/pgSQL with custom plans, so each search is planned with its
-- patterns (a generic plan cannot pick trigram indexes); search_path is pinned as for any
-- SECURITY DEFINER function.
create function jejaring_partner_search(words text, name_words text, digits text) returns setof uuid
	language plpgsql stable security definer rows 100
	set search_path = pg_catalog, public, pg_temp
	set plan_cache_mode = force_custom_plan
	as $$
begin
	return query
	select p.id from partner p
	where p.institution_id = jejaring_current_institution()
		and (p.name_normalised like name_words or lower(p.name) like words or lower(p.sector) like words
			or p.email like words or p.phone like digits or p.whatsapp like digits)
	union
	select c.partner_id from partner_contact c
	where c.institution_id = jejaring_current_institution()
		and (lower(c.name) like words or c.email like words or c.phone like digits or c.whatsapp like digits);
end
$$;
revoke all on function jejaring_partner_search(text, text, text) from public;
grant execute on function jejaring_partner_search(text, text, text) to ${app_role};
