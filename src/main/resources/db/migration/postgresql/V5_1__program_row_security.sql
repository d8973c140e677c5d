select jejaring_protect_tenant_table('program');
select jejaring_protect_tenant_table('program_aud');
