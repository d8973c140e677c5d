package id.jejaring.identity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the security log (table and application log) with user, institution, time and
 * address. Each entry commits on its own, so a rolled-back request still leaves its
 * trace.
 */
@Service
public class SecurityLog {

	private static final Logger log = LoggerFactory.getLogger(SecurityLog.class);

	private final SecurityEventRepository events;

	private final Clock clock;

	SecurityLog(SecurityEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(SecurityEvent.Kind kind, String username, UUID institutionId, String detail) {
		String address = currentAddress();
		log.info("security {} user={} institution={} address={} {}", kind, username, institutionId, address,
				(detail != null) ? detail : "");
		this.events.save(new SecurityEvent(this.clock.instant(), kind, username, institutionId, address, detail));
	}

	@Transactional(readOnly = true)
	public Page<SecurityEvent> recent(Pageable pageable) {
		return this.events.findAllByOrderByOccurredAtDesc(pageable);
	}

	@Transactional(readOnly = true)
	public List<SecurityEvent> of(SecurityEvent.Kind kind, String username) {
		return this.events.findByKindAndUsername(kind, username);
	}

	static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
