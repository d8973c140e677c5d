select jejaring_protect_tenant_table('program_requirement');
select jejaring_protect_tenant_table('program_requirement_aud');
select jejaring_protect_tenant_table('need');
select jejaring_protect_tenant_table('need_aud');
select jejaring_protect_tenant_table('need_partner_category');
select jejaring_protect_tenant_table('need_partner_category_aud');
