select jejaring_protect_tenant_table('tenant_probe');
