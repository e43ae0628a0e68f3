package org.pecgov.web;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

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

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * PDF downloads of the published registers: a landscape A4 table with a title, built with OpenPDF and written
 * straight to the response.
 */
public final class Pdf implements AutoCloseable {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8, Color.WHITE);

	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);

	private static final Color NHS_BLUE = new Color(0, 94, 184);

	private final Document document;

	private final PdfPTable table;

	private int rows;

	private Pdf(Document document, PdfPTable table) {
		this.document = document;
		this.table = table;
	}

	/**
	 * Starts a download.
	 * @param response the response
	 * @param filename the file's name
	 * @param title the title printed above the table
	 * @param subtitle a line under the title
	 * @param headers the column headings
	 * @return the document to add rows to; close it to finish
	 * @throws IOException if the client has gone
	 */
	public static Pdf start(HttpServletResponse response, String filename, String title, String subtitle, String... headers)
			throws IOException {
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		OutputStream out = response.getOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
		PdfWriter.getInstance(document, out);
		document.addTitle(title);
		document.open();
		document.add(new Paragraph(title, TITLE));
		Paragraph under = new Paragraph(subtitle, BODY);
		under.setSpacingAfter(8);
		document.add(under);
		PdfPTable table = new PdfPTable(headers.length);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(header, HEADING));
			cell.setBackgroundColor(NHS_BLUE);
			cell.setPadding(4);
			table.addCell(cell);
		}
		return new Pdf(document, table);
	}

	/**
	 * Adds a row; empty values print as blank cells.
	 * @param values the cells
	 */
	public void row(Object... values) {
		for (Object value : values) {
			PdfPCell cell = new PdfPCell(new Phrase((value != null) ? value.toString() : "", BODY));
			cell.setPadding(3);
			cell.setVerticalAlignment(Element.ALIGN_TOP);
			this.table.addCell(cell);
		}
		this.rows++;
	}

	/**
	 * Adds a line where a table would be empty.
	 * @param text the line
	 */
	public void whenEmpty(String text) {
		if (this.rows == 0) {
			this.table.addCell(spanning(text));
		}
	}

	private PdfPCell spanning(String text) {
		PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
		cell.setColspan(this.table.getNumberOfColumns());
		cell.setPadding(4);
		return cell;
	}

	@Override
	public void close() {
		this.document.add(this.table);
		this.document.close();
	}

}
