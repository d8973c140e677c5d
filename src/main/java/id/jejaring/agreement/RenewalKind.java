package id.jejaring.agreement;

/**
 * How an agreement was renewed: extended unchanged (new validity, same terms), extended
 * with an addendum, or replaced by a new agreement. Each renewal links to the previous
 * agreement, which is superseded once the renewal is signed.
 */
public enum RenewalKind {

	EXTENSION, ADDENDUM, REPLACEMENT

}
