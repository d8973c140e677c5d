-- Test-only tenant-owned table that proves the tenant mechanism (@TenantId, and on
-- PostgreSQL row-level security) independent of any feature module.
create table tenant_probe (
	id uuid primary key,
	version bigint not null,
	institution_id uuid not null references institution (id),
	label varchar(100) not null,
	created_at timestamp(6) with time zone not null,
	created_by varchar(100),
	updated_at timestamp(6) with time zone not null,
	updated_by varchar(100)
);
create index tenant_probe_institution_idx on tenant_probe (institution_id, label);
