package id.jejaring.identity;

/**
 * A newly created account and its one-time password, shown once to whoever created it.
 */
public record NewAccount(UserAccount account, String temporaryPassword) {
}
