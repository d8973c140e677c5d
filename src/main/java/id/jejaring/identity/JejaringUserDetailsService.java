package id.jejaring.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JejaringUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	JejaringUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsernameIgnoreCase(username.trim())
			.map(JejaringUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

}
