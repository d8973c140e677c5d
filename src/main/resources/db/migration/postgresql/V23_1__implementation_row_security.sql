select jejaring_protect_tenant_table('indicator_actual');
select jejaring_protect_tenant_table('indicator_actual_aud');
select jejaring_protect_tenant_table('activity_evidence');
select jejaring_protect_tenant_table('activity_evidence_aud');
select jejaring_protect_tenant_table('activity_evidence_file');
select jejaring_protect_tenant_table('work_plan_settings');
select jejaring_protect_tenant_table('work_plan_settings_aud');
