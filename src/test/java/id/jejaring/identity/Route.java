package id.jejaring.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One method and path pattern of the application's own controllers, as registered in
 * Spring MVC. Tests enumerate these so a new route cannot slip past them.
 */
record Route(String method, String pattern) implements Comparable<Route> {

	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	/**
	 * Every route of our controllers; Boot's {@code /error} and springdoc's
	 * {@code /v3/api-docs} and {@code /swagger-ui} belong to other packages and are left
	 * out. A mapping without an HTTP method is listed as {@code ANY}, which no test
	 * accepts: routes must say their method.
	 */
	static List<Route> all(RequestMappingHandlerMapping mapping) {
		Set<Route> routes = new TreeSet<>();
		mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("id.jejaring")) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add(new Route("ANY", pattern));
				}
				methods.forEach((method) -> routes.add(new Route(method.name(), pattern)));
			}
		});
		return List.copyOf(routes);
	}

	static Route of(String key) {
		int space = key.indexOf(' ');
		return new Route(key.substring(0, space), key.substring(space + 1));
	}

	boolean hasId() {
		return this.pattern.contains("{id}");
	}

	boolean isApi() {
		return this.pattern.startsWith("/api/");
	}

	boolean changesState() {
		return CHANGING.contains(this.method);
	}

	/**
	 * The path with {@code {id}} (and a second record's {@code {otherId}}) filled in;
	 * other variables need a test of their own.
	 */
	String path(UUID id) {
		String path = this.pattern.replace("{id}", id.toString()).replace("{otherId}", UUID.randomUUID().toString());
		if (path.contains("{")) {
			throw new IllegalStateException("No test value for the variables of " + this);
		}
		return path;
	}

	@Override
	public int compareTo(Route other) {
		return Comparator.comparing(Route::pattern).thenComparing(Route::method).compare(this, other);
	}

	@Override
	public String toString() {
		return this.method + " " + this.pattern;
	}

}
