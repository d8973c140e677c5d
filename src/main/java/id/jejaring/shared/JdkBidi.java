package id.jejaring.shared;

import java.text.Bidi;
import java.text.Normalizer;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left support for the PDF renderer from the JDK alone: the renderer's own RTL
 * module is not published for its current version and would bring ICU4J (over 10 MB) for
 * what the documents need, Arabic names of parties and signatories. The JDK's
 * {@link Bidi} splits and orders the runs; the Arabic letters take their joined forms
 * (initial, medial, final, and the lam-alef ligatures) from the Unicode presentation
 * forms, which the embedded Noto Naskh Arabic font holds.
 */
final class JdkBidi {

	private JdkBidi() {
	}

	static final class SplitterFactory implements BidiSplitterFactory {

		@Override
		public BidiSplitter createBidiSplitter() {
			return new Splitter();
		}

	}

	static final class Splitter implements BidiSplitter {

		private Bidi bidi;

		@Override
		public void setParagraph(String paragraph, byte defaultDirection) {
			int flags = switch (defaultDirection) {
				case LTR -> Bidi.DIRECTION_LEFT_TO_RIGHT;
				case RTL -> Bidi.DIRECTION_RIGHT_TO_LEFT;
				default -> Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
			};
			this.bidi = new Bidi(paragraph, flags);
		}

		@Override
		public int countTextRuns() {
			return this.bidi.getRunCount();
		}

		/** The runs in logical order; the renderer places them by their start. */
		@Override
		public BidiTextRun getVisualRun(int runIndex) {
			int start = this.bidi.getRunStart(runIndex);
			int limit = this.bidi.getRunLimit(runIndex);
			byte direction = ((this.bidi.getRunLevel(runIndex) & 1) == 1) ? RTL : LTR;
			return new BidiTextRun(start, limit - start, direction);
		}

		@Override
		public byte getBaseDirection(String paragraph) {
			for (int i = 0; i < paragraph.length(); i++) {
				byte type = Character.getDirectionality(paragraph.charAt(i));
				if (type == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
					return LTR;
				}
				if (type == Character.DIRECTIONALITY_RIGHT_TO_LEFT
						|| type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
					return RTL;
				}
			}
			return NEUTRAL;
		}

	}

	static final class Reorderer implements BidiReorderer {

		/** Reverses a right-to-left run, mirroring brackets. */
		@Override
		public String reorderRTLTextToLTR(String text) {
			StringBuilder out = new StringBuilder(text.length());
			int i = text.length();
			while (i > 0) {
				int codePoint = text.codePointBefore(i);
				i -= Character.charCount(codePoint);
				out.appendCodePoint(mirror(codePoint));
			}
			return out.toString();
		}

		@Override
		public String shapeText(String text) {
			return ArabicShaper.shape(text);
		}

		/** Back to the base letters, for a font without the joined forms. */
		@Override
		public String deshapeText(String text) {
			StringBuilder out = new StringBuilder(text.length());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (ArabicShaper.isPresentationForm(c)) {
					out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
				}
				else {
					out.append(c);
				}
			}
			return out.toString();
		}

		@Override
		public boolean isLiveImplementation() {
			return true;
		}

		private static int mirror(int codePoint) {
			return switch (codePoint) {
				case '(' -> ')';
				case ')' -> '(';
				case '[' -> ']';
				case ']' -> '[';
				case '{' -> '}';
				case '}' -> '{';
				case '<' -> '>';
				case '>' -> '<';
				case '«' -> '»';
				case '»' -> '«';
				default -> codePoint;
			};
		}

	}

	/**
	 * Contextual forms of the basic Arabic letters (U+0621–U+064A), in logical order.
	 * Letters outside that block (Persian, Urdu additions) are left as they are.
	 */
	static final class ArabicShaper {

		private static final char FIRST = '\u0621';

		private static final char LAST = '\u064A';

		private static final char TATWEEL = '\u0640';

		private static final char LAM = '\u0644';

		/** The letters that join only to the letter before them. */
		private static final String RIGHT_JOINING = "\u0622\u0623\u0624\u0625\u0627\u0629\u062F\u0630\u0631\u0632\u0648\u0649";

		/**
		 * Per letter: its isolated form; the final, initial and medial forms follow it.
		 */
		private static final char[] ISOLATED = new char[LAST - FIRST + 1];

		static {
			// Presentation Forms-B list the letters in order from U+FE80: hamza with one
			// form, the right-joining letters with two, the dual-joining with four.
			char next = '\uFE80';
			for (char c = FIRST; c <= LAST; c++) {
				if (c >= '\u063B' && c <= TATWEEL) {
					continue;
				}
				ISOLATED[c - FIRST] = next;
				next += (char) ((c == FIRST) ? 1 : (RIGHT_JOINING.indexOf(c) >= 0) ? 2 : 4);
			}
		}

		private ArabicShaper() {
		}

		static boolean isPresentationForm(char c) {
			return (c >= '\uFE70' && c <= '\uFEFF') || (c >= '\uFB50' && c <= '\uFDFF');
		}

		private static boolean isLetter(char c) {
			return c >= FIRST && c <= LAST && ISOLATED[c - FIRST] != 0;
		}

		/** Harakat and other marks the joining looks through. */
		private static boolean isTransparent(char c) {
			return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
		}

		private static boolean joinsBoth(char c) {
			return c == TATWEEL || (isLetter(c) && c != FIRST && RIGHT_JOINING.indexOf(c) < 0);
		}

		private static boolean joinsBefore(char c) {
			return c == TATWEEL || (isLetter(c) && c != FIRST);
		}

		private static int lamAlef(char alef) {
			return switch (alef) {
				case '\u0622' -> '\uFEF5';
				case '\u0623' -> '\uFEF7';
				case '\u0625' -> '\uFEF9';
				case '\u0627' -> '\uFEFB';
				default -> 0;
			};
		}

		static String shape(String text) {
			StringBuilder out = new StringBuilder(text.length());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (!isLetter(c)) {
					out.append(c);
					continue;
				}
				char previous = neighbour(text, i, -1);
				int nextIndex = neighbourIndex(text, i, 1);
				char next = (nextIndex >= 0) ? text.charAt(nextIndex) : 0;
				boolean joinedBefore = joinsBoth(previous);
				if (c == LAM && lamAlef(next) != 0 && nextIndex == i + 1) {
					out.append((char) (lamAlef(next) + (joinedBefore ? 1 : 0)));
					i++;
					continue;
				}
				char isolated = ISOLATED[c - FIRST];
				if (c == FIRST) {
					out.append(isolated);
				}
				else if (RIGHT_JOINING.indexOf(c) >= 0) {
					out.append((char) (isolated + (joinedBefore ? 1 : 0)));
				}
				else {
					boolean joinedAfter = joinsBefore(next);
					int form = (joinedBefore && joinedAfter) ? 3 : joinedBefore ? 1 : joinedAfter ? 2 : 0;
					out.append((char) (isolated + form));
				}
			}
			return out.toString();
		}

		private static char neighbour(String text, int from, int step) {
			int index = neighbourIndex(text, from, step);
			return (index >= 0) ? text.charAt(index) : 0;
		}

		private static int neighbourIndex(String text, int from, int step) {
			int i = from + step;
			while (i >= 0 && i < text.length() && isTransparent(text.charAt(i))) {
				i += step;
			}
			return (i >= 0 && i < text.length()) ? i : -1;
		}

	}

}
