/**
 * Users, roles, sign-in and the security configuration; the current user; facilitator and
 * supervisor assignments and their audited access to institutions; personal API tokens;
 * the security log. Uses {@code shared} and {@code institution}.
 *
 * <p>
 * User accounts are identities, not tenant data: a sign-in must find its account before
 * any tenant is known, and facilitators span institutions. The staff pages therefore read
 * accounts only through {@link UserManagement}, which scopes every query to the current
 * institution in one place; the tenant-isolation test replays those routes.
 */
package id.jejaring.identity;
