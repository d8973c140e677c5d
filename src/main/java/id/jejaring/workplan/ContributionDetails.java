package id.jejaring.workplan;

import java.util.UUID;

/**
 * A party's contribution to an activity as entered.
 *
 * @param party the partner contributing, or {@code null} for the institution
 * @param kind cash or a kind of contribution in kind
 * @param description what it is (for cash: what it pays for)
 * @param value the amount, or for a contribution in kind its value, in whole rupiah
 */
public record ContributionDetails(UUID party, ContributionKind kind, String description, long value) {

}
