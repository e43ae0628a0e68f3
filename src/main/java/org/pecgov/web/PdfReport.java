package org.pecgov.web;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A report of several sections, each a heading, a line of text and a table: portrait A4, built with OpenPDF and
 * written straight to the response (the PEC's annual report).
 */
public final class PdfReport implements AutoCloseable {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

	private static final Font SECTION = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Color.WHITE);

	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);

	private static final Color NHS_BLUE = new Color(0, 94, 184);

	private final Document document;

	private PdfReport(Document document) {
		this.document = document;
	}

	/**
	 * Starts a download.
	 * @param response the response
	 * @param filename the file's name
	 * @param title the report's title
	 * @param subtitle a line under it
	 * @return the report to add sections to; close it to finish
	 * @throws IOException if the client has gone
	 */
	public static PdfReport start(HttpServletResponse response, String filename, String title, String subtitle)
			throws IOException {
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		OutputStream out = response.getOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		document.addTitle(title);
		document.open();
		document.add(new Paragraph(title, TITLE));
		Paragraph under = new Paragraph(subtitle, BODY);
		under.setSpacingAfter(12);
		document.add(under);
		return new PdfReport(document);
	}

	/**
	 * Adds a section of prose: its heading and its paragraphs (blank ones left out).
	 * @param heading the heading
	 * @param paragraphs the paragraphs
	 */
	public void prose(String heading, List<String> paragraphs) {
		Paragraph title = new Paragraph(heading, SECTION);
		title.setSpacingBefore(10);
		title.setSpacingAfter(4);
		this.document.add(title);
		for (String text : paragraphs) {
			if (text != null && !text.isBlank()) {
				Paragraph line = new Paragraph(text, BODY);
				line.setSpacingAfter(4);
				this.document.add(line);
			}
		}
	}

	/**
	 * Adds a section: its heading, a line saying what it shows, and its table.
	 * @param heading the heading
	 * @param text the line under it, or null
	 * @param headers the table's column headings
	 * @param rows its rows
	 * @param whenEmpty the line printed when there are no rows
	 */
	public void section(String heading, String text, List<String> headers, List<List<String>> rows, String whenEmpty) {
		Paragraph title = new Paragraph(heading, SECTION);
		title.setSpacingBefore(10);
		title.setSpacingAfter(4);
		this.document.add(title);
		if (text != null) {
			Paragraph line = new Paragraph(text, BODY);
			line.setSpacingAfter(4);
			this.document.add(line);
		}
		PdfPTable table = new PdfPTable(headers.size());
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(header, HEADING));
			cell.setBackgroundColor(NHS_BLUE);
			cell.setPadding(4);
			table.addCell(cell);
		}
		for (List<String> row : rows) {
			for (String value : row) {
				PdfPCell cell = new PdfPCell(new Phrase((value != null) ? value : "", BODY));
				cell.setPadding(3);
				cell.setVerticalAlignment(Element.ALIGN_TOP);
				table.addCell(cell);
			}
		}
		if (rows.isEmpty()) {
			PdfPCell cell = new PdfPCell(new Phrase(whenEmpty, BODY));
			cell.setColspan(headers.size());
			cell.setPadding(4);
			table.addCell(cell);
		}
		this.document.add(table);
	}

	@Override
	public void close() {
		this.document.close();
	}

}
