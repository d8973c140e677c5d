package id.jejaring.shared;

import com.openhtmltopdf.bidi.BidiSplitter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JdkBidiTest {

	final JdkBidi.Reorderer reorderer = new JdkBidi.Reorderer();

	@Test
	void arabicLettersTakeTheirJoinedForms() {
		// ain initial, beh medial, dal final; alef alone, lam initial, lam medial, heh
		// final
		assertThat(this.reorderer.shapeText("عبد الله")).isEqualTo("\uFECB\uFE92\uFEAA \uFE8D\uFEDF\uFEE0\uFEEA");
	}

	@Test
	void lamAndAlefBecomeOneLigature() {
		// seen initial, lam-alef final, meem alone (alef does not join forward)
		assertThat(this.reorderer.shapeText("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
		assertThat(this.reorderer.shapeText("لا")).isEqualTo("\uFEFB");
	}

	@Test
	void marksDoNotBreakTheJoining() {
		// beh with a fatha before dal: beh stays initial
		assertThat(this.reorderer.shapeText("بَد")).isEqualTo("\uFE91\u064E\uFEAA");
	}

	@Test
	void latinTextIsLeftAlone() {
		assertThat(this.reorderer.shapeText("Nuñez Café (2026)")).isEqualTo("Nuñez Café (2026)");
	}

	@Test
	void deshapingGivesTheLettersBack() {
		String name = "عبد الله سلام";
		assertThat(this.reorderer.deshapeText(this.reorderer.shapeText(name))).isEqualTo(name);
	}

	@Test
	void reorderingReversesAndMirrorsBrackets() {
		assertThat(this.reorderer.reorderRTLTextToLTR("(ab]")).isEqualTo("[ba)");
	}

	@Test
	void aParagraphSplitsIntoDirectionalRuns() {
		BidiSplitter splitter = new JdkBidi.SplitterFactory().createBidiSplitter();
		splitter.setParagraph("Ketua عبد الله hadir", BidiSplitter.LTR);
		assertThat(splitter.countTextRuns()).isEqualTo(3);
		assertThat(splitter.getVisualRun(0).getDirection()).isEqualTo(BidiSplitter.LTR);
		assertThat(splitter.getVisualRun(1).getDirection()).isEqualTo(BidiSplitter.RTL);
		assertThat(splitter.getVisualRun(1).getStart()).isEqualTo(6);
		assertThat(splitter.getVisualRun(1).getLength()).isEqualTo(8);
		assertThat(splitter.getBaseDirection("عبد Ketua")).isEqualTo(BidiSplitter.RTL);
		assertThat(splitter.getBaseDirection("Ketua عبد")).isEqualTo(BidiSplitter.LTR);
		assertThat(splitter.getBaseDirection("123 ...")).isEqualTo(BidiSplitter.NEUTRAL);
	}

}
