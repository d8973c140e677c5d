-- The application connects as ${app_role}, a role that owns nothing, so row-level security
-- applies to it; Flyway migrates as the owner. Policies are also forced for the owner.
-- Each Hibernate session (one per transaction) sets jejaring.institution_id (see TenantConnectionProvider).
do $$
begin
	if not exists (select 1 from pg_roles where rolname = '${app_role}') then
		-- No password: an operator sets one (ALTER ROLE ... PASSWORD) where trust auth is not used.
		execute 'create role ${app_role} login';
	end if;
end
$$;

grant usage on schema public to ${app_role};
grant select, insert, update, delete on all tables in schema public to ${app_role};
grant usage, select on all sequences in schema public to ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};
revoke all on flyway_schema_history from ${app_role};

create function jejaring_current_institution() returns uuid
	language sql stable
	as $$ select nullif(current_setting('jejaring.institution_id', true), '')::uuid $$;

-- Every tenant-owned table (and its Envers _aud table) gets the same policy through this.
create function jejaring_protect_tenant_table(target regclass) returns void
	language plpgsql
	as $$
begin
	execute format('alter table %s enable row level security', target);
	execute format('alter table %s force row level security', target);
	execute format('create policy tenant_isolation on %s using (institution_id = jejaring_current_institution())'
			|| ' with check (institution_id = jejaring_current_institution())', target);
end
$$;
