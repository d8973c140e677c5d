select jejaring_protect_tenant_table('self_assessment');
select jejaring_protect_tenant_table('self_assessment_aud');
