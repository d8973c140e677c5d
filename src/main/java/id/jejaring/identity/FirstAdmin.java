package id.jejaring.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An installation without demo data gets its first platform admin from
 * JEJARING_ADMIN_USERNAME and JEJARING_ADMIN_PASSWORD on first start. There is no default
 * password: without both variables no admin is created, and a weak password is refused.
 */
@Component
@Order(20)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserManagement users;

	private final String username;

	private final String password;

	private final String fullName;

	FirstAdmin(UserManagement users, @Value("${jejaring.bootstrap-admin.username}") String username,
			@Value("${jejaring.bootstrap-admin.password}") String password,
			@Value("${jejaring.bootstrap-admin.full-name}") String fullName) {
		this.users = users;
		this.username = username;
		this.password = password;
		this.fullName = fullName;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.hasPlatformAdmin()) {
			return;
		}
		if (this.username.isBlank() || this.password.isBlank()) {
			log.warn("No platform admin yet. Set JEJARING_ADMIN_USERNAME and JEJARING_ADMIN_PASSWORD and restart "
					+ "to create one.");
			return;
		}
		var problem = PasswordPolicy.problem(this.password, this.username);
		if (problem.isPresent()) {
			log.error("JEJARING_ADMIN_PASSWORD is not acceptable ({}); no admin created.", problem.get());
			return;
		}
		this.users.createWithPassword(this.username, this.password, Role.PLATFORM_ADMIN, null,
				new AccountDetails(this.fullName, null, null));
		log.info("Platform admin '{}' created from the environment.", this.username);
	}

}
