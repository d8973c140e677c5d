package id.jejaring.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The agreement's document as DOCX, for the partner who wants to propose changes in Word:
 * the same text as the PDF (heading, numbers, opening, parties, articles, signature
 * blocks with the stamp note) on A4 with the margins of a formal letter.
 */
final class AgreementDocx {

	private static final String FONT = "Times New Roman";

	private static final int SIZE = 12;

	/** Twentieths of a point per centimetre. */
	private static final double TWIPS_PER_CM = 566.93;

	private AgreementDocx() {
	}

	static byte[] write(AgreementDocument document) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(docx);
			for (String line : document.heading()) {
				text(paragraph(docx, ParagraphAlignment.CENTER, 0), line, true);
			}
			for (int i = 0; i < document.numbers().size(); i++) {
				boolean last = i == document.numbers().size() - 1;
				text(paragraph(docx, ParagraphAlignment.CENTER, last ? 240 : 0), document.numbers().get(i), false);
			}
			text(paragraph(docx, ParagraphAlignment.BOTH, 120), document.opening() + ", " + document.signing(), false);
			List<String> parties = document.parties();
			for (int i = 0; i < parties.size(); i++) {
				XWPFParagraph party = paragraph(docx, ParagraphAlignment.BOTH, 120);
				party.setIndentationLeft(cm(0.75));
				party.setIndentationHanging(cm(0.75));
				text(party, (i + 1) + ". " + parties.get(i), false);
			}
			if (!document.together().isEmpty()) {
				text(paragraph(docx, ParagraphAlignment.BOTH, 120), document.together(), false);
			}
			for (AgreementDocument.Article article : document.articles()) {
				XWPFParagraph label = paragraph(docx, ParagraphAlignment.CENTER, 0);
				label.setSpacingBefore(240);
				label.setKeepNext(true);
				text(label, article.label(), true);
				XWPFParagraph title = paragraph(docx, ParagraphAlignment.CENTER, 120);
				title.setKeepNext(true);
				text(title, article.title(), true);
				for (String line : article.lines()) {
					text(paragraph(docx, ParagraphAlignment.BOTH, 120), line, false);
				}
			}
			if (document.validity() != null) {
				text(paragraph(docx, ParagraphAlignment.BOTH, 120), document.validity(), false);
			}
			XWPFParagraph place = paragraph(docx, ParagraphAlignment.RIGHT, 120);
			place.setSpacingBefore(360);
			text(place, document.placeAndDate(), false);
			for (List<AgreementDocument.Signature> row : document.signatureRows()) {
				signatures(docx, row, document.stamp());
			}
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void page(XWPFDocument docx) {
		CTSectPr section = docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(cm(2.5)));
		margins.setBottom(BigInteger.valueOf(cm(2.5)));
		margins.setLeft(BigInteger.valueOf(cm(3)));
		margins.setRight(BigInteger.valueOf(cm(2.5)));
	}

	/** One row of signature blocks, two to a row, without borders. */
	private static void signatures(XWPFDocument docx, List<AgreementDocument.Signature> row, String stamp) {
		XWPFTable table = docx.createTable(1, 2);
		table.setWidth("100%");
		table.setTableAlignment(TableRowAlign.CENTER);
		table.removeBorders();
		for (int i = 0; i < 2; i++) {
			XWPFTableCell cell = table.getRow(0).getCell(i);
			cell.setWidth("50%");
			if (i >= row.size()) {
				continue;
			}
			AgreementDocument.Signature signature = row.get(i);
			XWPFParagraph first = cell.getParagraphs().get(0);
			first.setAlignment(ParagraphAlignment.CENTER);
			text(first, signature.label(), true);
			text(cellParagraph(cell), signature.partyName(), true);
			if (signature.stamp()) {
				cellParagraph(cell);
				XWPFParagraph note = cellParagraph(cell);
				note.setAlignment(ParagraphAlignment.LEFT);
				note.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.DASHED);
				note.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.DASHED);
				note.setBorderLeft(org.apache.poi.xwpf.usermodel.Borders.DASHED);
				note.setBorderRight(org.apache.poi.xwpf.usermodel.Borders.DASHED);
				note.setIndentationRight(cm(4));
				XWPFRun run = note.createRun();
				font(run, 8);
				run.setText(stamp);
				cellParagraph(cell);
			}
			else {
				for (int blank = 0; blank < 4; blank++) {
					cellParagraph(cell);
				}
			}
			XWPFParagraph name = cellParagraph(cell);
			XWPFRun run = name.createRun();
			font(run, SIZE);
			run.setBold(true);
			run.setUnderline(UnderlinePatterns.SINGLE);
			run.setText(signature.signatoryName());
			text(cellParagraph(cell), signature.position(), false);
		}
		paragraph(docx, ParagraphAlignment.LEFT, 0);
	}

	private static XWPFParagraph cellParagraph(XWPFTableCell cell) {
		XWPFParagraph paragraph = cell.addParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	private static XWPFParagraph paragraph(XWPFDocument docx, ParagraphAlignment alignment, int spacingAfter) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(spacingAfter);
		return paragraph;
	}

	private static void text(XWPFParagraph paragraph, String text, boolean bold) {
		XWPFRun run = paragraph.createRun();
		font(run, SIZE);
		run.setBold(bold);
		run.setText(text);
	}

	private static void font(XWPFRun run, int size) {
		run.setFontFamily(FONT);
		run.setFontSize(size);
	}

	private static int cm(double centimetres) {
		return (int) Math.round(centimetres * TWIPS_PER_CM);
	}

}
