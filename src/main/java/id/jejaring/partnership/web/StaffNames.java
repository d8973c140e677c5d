package id.jejaring.partnership.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import id.jejaring.identity.Role;
import id.jejaring.identity.UserAccount;
import id.jejaring.identity.UserManagement;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The institution's people who may own a partnership (manager and staff), read once per
 * page: for the owner select, the owner column and the history's "who".
 */
@Component
class StaffNames {

	/** An institution has a handful of staff; more than this is not a real LKP. */
	static final int LIMIT = 500;

	private final UserManagement users;

	StaffNames(UserManagement users) {
		this.users = users;
	}

	List<UserAccount> all() {
		return this.users.staff(PageRequest.of(0, LIMIT, Sort.by("fullName", "id"))).getContent();
	}

	/** Those who may own a partnership now: enabled managers and staff. */
	List<UserAccount> owners(List<UserAccount> all) {
		return all.stream()
			.filter((u) -> u.isEnabled() && (u.getRole() == Role.MANAGER || u.getRole() == Role.STAFF))
			.toList();
	}

	static Map<UUID, String> byId(List<UserAccount> all) {
		return all.stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName, (a, b) -> a));
	}

	static Map<String, String> byUsername(List<UserAccount> all) {
		return all.stream()
			.collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getFullName, (a, b) -> a,
					java.util.HashMap::new));
	}

}
