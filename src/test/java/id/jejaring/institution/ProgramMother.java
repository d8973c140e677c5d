package id.jejaring.institution;

import java.time.LocalDate;

/**
 * Test programs.
 */
public final class ProgramMother {

	private ProgramMother() {
	}

	public static ProgramDetails sewing() {
		return new ProgramDetails("Menjahit Busana", "Tata busana", ProgramType.PKK, ProgramLevel.BASIC, 200, 20, 3,
				LocalDate.of(2027, 1, 11), ProgramStatus.ACTIVE);
	}

	public static ProgramDetails sewingRenamed() {
		ProgramDetails sewing = sewing();
		return new ProgramDetails("Menjahit Busana Muslim", sewing.skillField(), sewing.type(), sewing.level(),
				sewing.durationHours(), sewing.capacityPerBatch(), sewing.batchesPerYear(), sewing.nextBatchStartsOn(),
				sewing.status());
	}

}
