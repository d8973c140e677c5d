package id.jejaring.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	Page<UserAccount> findByInstitutionId(UUID institutionId, Pageable pageable);

	List<UserAccount> findByInstitutionIdOrderByFullName(UUID institutionId);

	Optional<UserAccount> findByIdAndInstitutionId(UUID id, UUID institutionId);

	Page<UserAccount> findByRoleIn(List<Role> roles, Pageable pageable);

	boolean existsByRole(Role role);

	@Query("select u.role, count(u) from UserAccount u where u.institutionId = ?1 and u.enabled = true group by u.role")
	List<Object[]> countActiveByRole(UUID institutionId);

}
