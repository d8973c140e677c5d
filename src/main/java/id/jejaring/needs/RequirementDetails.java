package id.jejaring.needs;

/**
 * The editable content of a requirement line (validated and normalised by the caller).
 *
 * @param customName the name of an institution's own component ({@code OTHER})
 * @param met for a requirement in words: whether the institution has it
 */
public record RequirementDetails(RequirementComponent component, String customName, Long requiredQuantity,
		String requiredDescription, Long availableQuantity, String availableDescription, boolean met) {
}
