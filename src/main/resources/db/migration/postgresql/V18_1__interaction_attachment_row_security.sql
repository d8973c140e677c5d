select jejaring_protect_tenant_table('interaction_attachment');
select jejaring_protect_tenant_table('interaction_attachment_aud');
