select jejaring_protect_tenant_table('partner_import_job');
select jejaring_protect_tenant_table('partner_import_job_aud');
select jejaring_protect_tenant_table('partner_import_file');
select jejaring_protect_tenant_table('partner_import_problem');
