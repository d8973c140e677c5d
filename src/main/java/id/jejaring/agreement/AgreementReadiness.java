package id.jejaring.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * What an agreement needs before it may be marked ready to sign (at least two parties,
 * each with its signatory and position; every required article stated; a validity whose
 * end is not before its start), and before the manager may mark it signed (ready, every
 * party's signing day, the signed scan).
 */
final class AgreementReadiness {

	private AgreementReadiness() {
	}

	static List<AgreementRefusedException.Problem> missingToBeReady(Agreement agreement) {
		List<AgreementRefusedException.Problem> missing = new ArrayList<>();
		if (agreement.getParties().size() < 2) {
			missing.add(AgreementRefusedException.Problem.of("agreement.missing.parties"));
		}
		for (AgreementParty party : agreement.getParties()) {
			if (blank(party.getSignatoryName()) || blank(party.getSignatoryPosition())) {
				missing.add(AgreementRefusedException.Problem.of("agreement.missing.signatory", party.getPartyName()));
			}
		}
		agreement.missingRequiredClauses()
			.stream()
			.sorted()
			.forEach((type) -> missing.add(AgreementRefusedException.Problem.of("agreement.missing.clause",
					"agreement.clause." + type.name())));
		if (agreement.getEffectiveFrom() == null || agreement.getEffectiveUntil() == null) {
			missing.add(AgreementRefusedException.Problem.of("agreement.missing.period"));
		}
		else if (agreement.getEffectiveUntil().isBefore(agreement.getEffectiveFrom())) {
			missing.add(AgreementRefusedException.Problem.of("agreement.missing.periodOrder"));
		}
		return missing;
	}

	static List<AgreementRefusedException.Problem> missingToBeSigned(Agreement agreement, boolean hasScan) {
		List<AgreementRefusedException.Problem> missing = new ArrayList<>();
		if (agreement.getReadyAt() == null) {
			missing.add(AgreementRefusedException.Problem.of("agreement.missing.ready"));
		}
		for (AgreementParty party : agreement.getParties()) {
			if (party.getSignedOn() == null) {
				missing.add(AgreementRefusedException.Problem.of("agreement.missing.signedOn", party.getPartyName()));
			}
		}
		if (!hasScan) {
			missing.add(AgreementRefusedException.Problem.of("agreement.missing.scan"));
		}
		return missing;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
