package id.jejaring.shared;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TenantProbeRepository extends JpaRepository<TenantProbe, UUID> {

	List<TenantProbe> findByLabel(String label);

	@Query(value = "select count(*) from tenant_probe", nativeQuery = true)
	long countWithNativeSql();

}
