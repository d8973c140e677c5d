package id.jejaring.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignInThrottleRepository extends JpaRepository<SignInThrottleEntry, String> {

}
