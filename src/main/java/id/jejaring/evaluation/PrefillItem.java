package id.jejaring.evaluation;

import java.util.UUID;

/**
 * An activity or indicator of the cycle's work plan as the evaluation form shows it: its
 * label, what the records show ({@code facts}) and the answer they suggest (ran to plan,
 * reached), or {@code null} when the records cannot tell.
 */
public record PrefillItem(JudgmentKind kind, UUID itemId, String label, String facts, Boolean suggested) {
}
