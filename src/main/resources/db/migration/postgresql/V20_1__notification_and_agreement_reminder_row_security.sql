select jejaring_protect_tenant_table('notification');
select jejaring_protect_tenant_table('agreement_reminder');
