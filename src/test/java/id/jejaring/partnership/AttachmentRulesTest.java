package id.jejaring.partnership;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentRulesTest {

	static final DataSize LIMIT = DataSize.ofMegabytes(5);

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	@Test
	void pdfJpegAndPngAreRecognisedByTheirFirstBytes() {
		assertThat(AttachmentType.of(InteractionMother.PDF)).contains(AttachmentType.PDF);
		assertThat(AttachmentType.of(InteractionMother.PNG)).contains(AttachmentType.PNG);
		assertThat(AttachmentType.of(JPEG)).contains(AttachmentType.JPEG);
		assertThat(AttachmentRules.refusal(InteractionMother.PDF, LIMIT)).isNull();
		assertThat(AttachmentRules.refusal(JPEG, LIMIT)).isNull();
	}

	@Test
	void aProgramNamedPdfIsRefusedByItsContent() {
		assertThat(AttachmentType.of(InteractionMother.EXE)).isEmpty();
		assertThat(AttachmentRules.refusal(InteractionMother.EXE, LIMIT)).isEqualTo("validation.attachment.type");
		assertThat(AttachmentRules.refusal("<html><script>".getBytes(), LIMIT)).isEqualTo("validation.attachment.type");
		// shorter than any signature
		assertThat(AttachmentRules.refusal(new byte[] { '%', 'P' }, LIMIT)).isEqualTo("validation.attachment.type");
	}

	@Test
	void aPngNamedPdfIsAcceptedAndKeptAsThePngItIs() {
		assertThat(AttachmentRules.refusal(InteractionMother.PNG, LIMIT)).isNull();
		assertThat(AttachmentRules.fileName("foto-kunjungan.pdf", AttachmentType.PNG)).isEqualTo("foto-kunjungan.png");
	}

	@Test
	void emptyAndOversizedFilesAreRefused() {
		assertThat(AttachmentRules.refusal(new byte[0], LIMIT)).isEqualTo("validation.attachment.empty");
		assertThat(AttachmentRules.refusal(null, LIMIT)).isEqualTo("validation.attachment.empty");
		byte[] big = Arrays.copyOf(InteractionMother.PDF, (int) LIMIT.toBytes() + 1);
		assertThat(AttachmentRules.refusal(big, LIMIT)).isEqualTo("validation.attachment.tooLarge");
		byte[] atLimit = Arrays.copyOf(InteractionMother.PDF, (int) LIMIT.toBytes());
		assertThat(AttachmentRules.refusal(atLimit, LIMIT)).isNull();
	}

	@Test
	void theStoredNameHasNoPathNoQuotesAndTheRealExtension() {
		assertThat(AttachmentRules.fileName("C:\\Users\\rina\\Surat \"MoU\".PDF", AttachmentType.PDF))
			.isEqualTo("Surat MoU.pdf");
		assertThat(AttachmentRules.fileName("../../etc/passwd", AttachmentType.JPEG)).isEqualTo("passwd.jpg");
		assertThat(AttachmentRules.fileName(null, AttachmentType.PDF)).isEqualTo("lampiran.pdf");
		assertThat(AttachmentRules.fileName(".pdf", AttachmentType.PDF)).isEqualTo("lampiran.pdf");
	}

}
