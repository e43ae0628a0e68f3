package org.pecgov.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * CSV downloads: UTF-8 (with a byte order mark, so spreadsheets read it as UTF-8), RFC 4180 quoting, and every cell
 * that a spreadsheet would take for a formula neutralised.
 */
public final class Csv {

	private Csv() {
	}

	/**
	 * A cell made safe to open in a spreadsheet: one that starts with {@code = + - @}, a tab or a carriage return
	 * gets a leading apostrophe, so that it is shown as text and never run as a formula.
	 * @param value the value, or null
	 * @return the cell
	 */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/**
	 * Starts a download.
	 * @param response the response
	 * @param filename the file's name
	 * @param headers the column headings
	 * @return a printer writing to the response
	 * @throws IOException if the client has gone
	 */
	public static CSVPrinter start(HttpServletResponse response, String filename, String... headers) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(headers).get());
	}

	/**
	 * Prints a row of neutralised cells.
	 * @param printer the printer
	 * @param values the cells
	 */
	public static void row(CSVPrinter printer, Object... values) {
		Object[] cells = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			cells[i] = cell(values[i]);
		}
		try {
			printer.printRecord(cells);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
