select jejaring_protect_tenant_table('partner');
select jejaring_protect_tenant_table('partner_aud');
select jejaring_protect_tenant_table('partner_offering');
select jejaring_protect_tenant_table('partner_offering_aud');
select jejaring_protect_tenant_table('partner_tag');
select jejaring_protect_tenant_table('partner_tag_aud');
select jejaring_protect_tenant_table('partner_contact');
select jejaring_protect_tenant_table('partner_contact_aud');

-- The search box: "name contains" (LIKE '%term%' on the normalised name) served by a trigram
-- index; pg_trgm is a trusted extension.
create extension if not exists pg_trgm;
create index partner_name_trgm_idx on partner using gin (name_normalised gin_trgm_ops);
