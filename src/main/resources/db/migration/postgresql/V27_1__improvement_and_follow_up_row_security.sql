select jejaring_protect_tenant_table('improvement_action');
select jejaring_protect_tenant_table('improvement_action_aud');
select jejaring_protect_tenant_table('cycle_decision');
select jejaring_protect_tenant_table('cycle_decision_aud');
