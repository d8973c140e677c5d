select jejaring_protect_tenant_table('yearly_figures');
select jejaring_protect_tenant_table('yearly_figures_aud');
select jejaring_protect_tenant_table('program_figures');
select jejaring_protect_tenant_table('program_figures_aud');
