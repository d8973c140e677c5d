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

	/**
	 * A program with a unique name, so tests sharing the demo database do not collide.
	 */
	public static ProgramDetails named(String name) {
		ProgramDetails sewing = sewing();
		return new ProgramDetails(name, sewing.skillField(), sewing.type(), sewing.level(), sewing.durationHours(),
				sewing.capacityPerBatch(), sewing.batchesPerYear(), sewing.nextBatchStartsOn(), sewing.status());
	}

	/** Creates a program in an institution, as its staff would. */
	public static Program createIn(Programs programs, java.util.UUID institutionId, String name) {
		return AsStaff.call(institutionId, () -> programs.create(named(name)));
	}

	public static void archive(Programs programs, Program program) {
		AsStaff.run(program.getInstitutionId(), () -> programs.archive(program.getId()));
	}

	/** Reads a program back as the institution sees it. */
	public static Program reload(Programs programs, Program program) {
		return AsStaff.call(program.getInstitutionId(), () -> programs.get(program.getId()));
	}

	public static ProgramDetails sewingRenamed() {
		ProgramDetails sewing = sewing();
		return new ProgramDetails("Menjahit Busana Muslim", sewing.skillField(), sewing.type(), sewing.level(),
				sewing.durationHours(), sewing.capacityPerBatch(), sewing.batchesPerYear(), sewing.nextBatchStartsOn(),
				sewing.status());
	}

}
