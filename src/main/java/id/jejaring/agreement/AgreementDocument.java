package id.jejaring.agreement;

import java.util.List;

/**
 * What an agreement's document says, already worded in formal Indonesian, so the PDF and
 * the DOCX lay out the same text: the heading lines, the numbers, the opening, the
 * parties, the articles (pasal) and the signature blocks, in rows of two.
 */
record AgreementDocument(String kind, List<String> heading, List<String> numbers, String opening, String signing,
		List<String> parties, String together, List<Article> articles, String validity, String placeAndDate,
		List<List<Signature>> signatureRows, String stamp) {

	/** One article: “Pasal 1”, its heading and its text, a paragraph per line. */
	record Article(String label, String title, List<String> lines) {

	}

	/**
	 * One signature block; the stamp (meterai) goes on the first party's, where
	 * Indonesian practice puts it under the signature.
	 */
	record Signature(String label, String partyName, String signatoryName, String position, boolean stamp) {

	}

}
