package id.jejaring.shared;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A test-only tenant-owned entity (table from db/testmigration) that proves the tenant
 * mechanism without depending on any feature module.
 */
@Entity
@Table(name = "tenant_probe")
public class TenantProbe extends TenantOwnedEntity {

	private String label;

	protected TenantProbe() {
	}

	public TenantProbe(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

}
